import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowEdgeSchema, flowNodeSchema } from './flow-schema';
import { isWellFormedEdge, isWellFormedNode } from './well-formed';

const id = fc.oneof({ arbitrary: fc.constantFrom('n1', 'a'), weight: 4 }, fc.constantFrom('a', 'n1', 'edge-1', 'x.y:z_0', 'A'.repeat(100), 'A'.repeat(101), '', 'sp ace', 'é'), fc.string());
const text = fc.oneof({ arbitrary: fc.constantFrom('next', 'sendMessage', 'Hi'), weight: 4 }, fc.string(), fc.constantFrom('', '😀'.repeat(150), 'x'.repeat(201)), fc.integer());
const anyValue = fc.oneof(fc.constant(null), fc.constant([]), fc.dictionary(fc.string(), fc.jsonValue()), fc.integer(), fc.string());
const extra = fc.dictionary(fc.constantFrom('extensions', 'selected', 'label', 'x'), anyValue, { maxKeys: 2 });

const edgeLike = fc
  .record({ id, source: id, sourcePort: text, target: id }, { requiredKeys: [] })
  .chain((edge) => extra.map((more) => ({ ...edge, ...more })));
const nodeLike = fc
  .record(
    {
      id,
      type: text,
      name: text,
      position: fc.oneof({ arbitrary: fc.record({ x: fc.double(), y: fc.double() }), weight: 3 }, anyValue, fc.record({ x: fc.integer(), y: fc.integer(), z: fc.integer() })),
      config: fc.oneof({ arbitrary: fc.dictionary(fc.string(), fc.jsonValue()), weight: 3 }, anyValue),
    },
    { requiredKeys: ['id', 'type', 'name'] },
  )
  .chain((node) => extra.map((more) => ({ ...node, ...more })));

describe('fast acceptance never accepts what the schema refuses', () => {
  it('edges', () => {
    let accepted = 0;
    fc.assert(
      fc.property(edgeLike, (edge) => {
        if (!isWellFormedEdge(edge)) return;
        accepted++;
        expect(flowEdgeSchema.safeParse(edge).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(30); // the property was exercised, not vacuously true
  });

  it('nodes', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nodeLike, (node) => {
        if (!isWellFormedNode(node)) return;
        accepted++;
        expect(flowNodeSchema.safeParse(node).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(30);
  });

  it('and recognises the ordinary valid shapes, so large flows take the fast path', () => {
    expect(isWellFormedEdge({ id: 'e1', source: 'a', sourcePort: 'next', target: 'b' })).toBe(true);
    expect(isWellFormedEdge({ id: 'e1', source: 'a', sourcePort: 'next', target: 'b', extensions: { note: 1 } })).toBe(true);
    expect(isWellFormedNode({ id: 'a', type: 'sendMessage', name: '', position: { x: 0, y: -1.5 }, config: {} })).toBe(true);
    expect(isWellFormedNode({ id: 'a', type: 'sendMessage', name: 'Hi', position: { x: 0, y: 0 }, config: {}, selected: true })).toBe(false);
    expect(isWellFormedEdge({ id: 'e1', source: 'a', sourcePort: '', target: 'b' })).toBe(false);
  });
});
