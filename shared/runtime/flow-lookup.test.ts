import { describe, expect, it } from 'vitest';
import { flowLookup } from './flow-lookup';
import { flowOf } from './test-support/flow-of';

const reusable = { ...flowOf('contact-center', [], [], 'reusable', '11111111-1111-4111-8111-111111111111'), name: 'Hold music' };
const other = { ...flowOf('contact-center', [], [], 'reusable', '22222222-2222-4222-8222-222222222222'), name: 'Survey' };
const find = flowLookup([reusable, other]);

describe('finding the flow a step calls', () => {
  it('by id, by UUID (contact-center platforms reference flows by UUID), then by name', () => {
    expect(find({ $ref: 'flow', id: reusable.id })).toBe(reusable);
    expect(find({ $ref: 'flow', uuid: other.id })).toBe(other);
    expect(find({ $ref: 'flow', name: 'Hold music' })).toBe(reusable);
    // An id that matches wins over a name that names another flow.
    expect(find({ $ref: 'flow', id: other.id, name: 'Hold music' })).toBe(other);
  });

  it('finds nothing for a placeholder, an unknown flow, or a reference of another kind', () => {
    expect(find({ $ref: 'flow' })).toBeUndefined();
    expect(find({ $ref: 'flow', name: 'Nowhere' })).toBeUndefined();
    expect(find({ $ref: 'queue', id: reusable.id })).toBeUndefined();
  });
});
