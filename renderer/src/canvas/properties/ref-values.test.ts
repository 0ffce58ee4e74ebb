import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../shared/import/catalog-snapshot';
import { buildRef, missingFromCatalog, refTo } from './ref-values';

const queue = { id: 'que_student', uuid: '3f0e4a55-6a55-4b6e-9d3e-0f5c1e0b8a11', name: 'Inbound sales' };
const catalog = {
  entities: { queue: [queue], tag: [{ id: 'tag_1', name: 'VIP' }] },
  flows: [{ id: 'd3beab20-cc1e-409c-84a4-335a96a65f33', name: 'After-hours', kind: 'reusable' }],
} as unknown as CatalogSnapshot;

describe('a reference picked from a tenant’s catalog', () => {
  // contact-center-import.en.txt: "It does not provide you with the actual entity (such as a media prompt) but does include the universal unique identifier (UUID) for it."
  it('names a contact-center entity by its UUID and name, exactly as the catalog gives them, and nothing of the reference before', () => {
    expect(refTo('queue', 'contact-center', queue)).toEqual({ $ref: 'queue', uuid: queue.uuid, name: 'Inbound sales' });
  });

  it('names an entity of the other profiles, and a flow on any profile, by its id and name', () => {
    expect(refTo('tag', 'pipeline', { id: 'tag_1', name: 'VIP' })).toEqual({ $ref: 'tag', id: 'tag_1', name: 'VIP' });
    expect(refTo('flow', 'contact-center', { id: 'd3beab20-cc1e-409c-84a4-335a96a65f33', name: 'After-hours' })).toEqual({ $ref: 'flow', id: 'd3beab20-cc1e-409c-84a4-335a96a65f33', name: 'After-hours' });
  });

  it('becomes a placeholder again when cleared', () => {
    expect(buildRef('queue', { $ref: 'queue', uuid: queue.uuid, name: 'Inbound sales' }, { uuid: '', name: '' })).toEqual({ $ref: 'queue' });
  });
});

describe('a reference the chosen tenant does not have', () => {
  it('is one whose id or UUID the catalog lacks (UUIDs in any case)', () => {
    expect(missingFromCatalog({ $ref: 'queue', uuid: '0c0b2fab-2285-4e46-917d-4f915bbe7894', name: 'Sales' }, 'contact-center', catalog)).toBe(true);
    expect(missingFromCatalog({ $ref: 'queue', uuid: queue.uuid.toUpperCase() }, 'contact-center', catalog)).toBe(false);
    expect(missingFromCatalog({ $ref: 'tag', id: 'tag_9' }, 'pipeline', catalog)).toBe(true);
    expect(missingFromCatalog({ $ref: 'flow', id: 'd3beab20-cc1e-409c-84a4-335a96a65f33' }, 'contact-center', catalog)).toBe(false);
  });

  it('is never a placeholder or a reference by name alone: there is nothing to look up', () => {
    expect(missingFromCatalog({ $ref: 'queue' }, 'contact-center', catalog)).toBe(false);
    expect(missingFromCatalog({ $ref: 'tag', name: 'Returning customer' }, 'pipeline', catalog)).toBe(false);
  });
});
