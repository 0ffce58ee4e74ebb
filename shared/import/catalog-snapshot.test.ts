import { describe, expect, it } from 'vitest';
import { catalogSnapshotSchema } from './catalog-snapshot';

const minimal = { format: 'flowpack.catalog', version: 1, tenant: { id: 't1', name: 'Tenant', profile: 'pipeline' } };

describe('tenant catalog snapshot', () => {
  it('a snapshot with only its tenant reads as a tenant with no entities, no flows and the profile limits', () => {
    const snapshot = catalogSnapshotSchema.parse(minimal);
    expect(snapshot.flows).toEqual([]);
    expect(snapshot.entities.tag).toEqual([]);
    expect(snapshot.entities.customField).toEqual([]);
    expect(snapshot.tenant.limits).toEqual({});
  });

  it('refuses entities of a kind this build does not know rather than planning without them', () => {
    const result = catalogSnapshotSchema.safeParse({ ...minimal, entities: { widget: [{ id: 'w1', name: 'W' }] } });
    expect(result.success).toBe(false);
  });

  it('requires the type of each custom field, so a created field can be compared with an existing one', () => {
    const result = catalogSnapshotSchema.safeParse({ ...minimal, entities: { customField: [{ id: 'cf', name: 'Budget' }] } });
    expect(result.success).toBe(false);
  });

  it('refuses a snapshot of another format or a newer version', () => {
    expect(catalogSnapshotSchema.safeParse({ ...minimal, format: 'flowpack.pack' }).success).toBe(false);
    expect(catalogSnapshotSchema.safeParse({ ...minimal, version: 2 }).success).toBe(false);
  });
});
