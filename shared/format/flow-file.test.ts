import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILES } from './profiles';
import { serializeFlow } from './flow-file';
import type { Flow } from './flow-schema';
import { loadFlow } from '../validation/load-flow';
import { validate } from '../validation/validator';
import { createFlow } from '../catalog/create-flow';

const VALID = join(import.meta.dirname, '../../test/fixtures/diagnostics/valid.flow.json');
const load = (text: string): Flow => {
  const { flow } = loadFlow(JSON.parse(text));
  if (!flow) throw new Error('fixture did not load');
  return flow;
};

describe('canonical serialisation', () => {
  it('writes known keys in format order, other keys sorted, two-space indent and a trailing newline', () => {
    const flow = load(readFileSync(VALID, 'utf8'));
    const text = serializeFlow({ ...flow, extensions: { zeta: 1, alpha: { b: 2, a: 1 } } });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "flowpack.flow",\n  "version": 1,\n  "id": ')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'id', 'name', 'description', 'profile', 'kind', 'entities', 'nodes', 'edges', 'meta', 'extensions']);
    expect(text).toContain('"extensions": {\n    "alpha": {\n      "a": 1,\n      "b": 2\n    },\n    "zeta": 1\n  }');
    expect(Object.keys(JSON.parse(text).nodes[0])).toEqual(['id', 'type', 'name', 'position', 'config']);
  });

  it('unknown data under extensions survives a load and save byte for byte', () => {
    const flow = load(readFileSync(VALID, 'utf8'));
    const extensions = { 'acme.crm': { syncedAt: '2026-01-01', weights: [0.5, 1e-7, -0], nested: { '': null, 'ü': '✓ 😀' } }, __proto__x: true };
    const saved = serializeFlow({ ...flow, extensions });
    const again = serializeFlow(load(saved));
    expect(again).toBe(saved);
    expect(load(saved).extensions).toEqual(JSON.parse(JSON.stringify(extensions)));
  });

  it('a new flow of every profile validates without errors', () => {
    for (const profile of PROFILES) {
      const flow = createFlow({ profile, name: 'New flow', now: new Date('2026-11-21T10:00:00Z') });
      expect(validate(flow).filter((d) => d.severity === 'error'), profile).toEqual([]);
      expect(load(serializeFlow(flow))).toEqual(flow);
    }
  });
});

/**
 * Arbitrary JSON-compatible values such as extension data may hold. Objects with a
 * "__proto__" key are left out: the file reader refuses them, so documents never hold them.
 */
const json = fc
  .jsonValue({ maxDepth: 4 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => !JSON.stringify(value).includes('"__proto__":'));

describe('properties', () => {
  it('canonical serialisation is a fixed point: save(load(save(x))) === save(x)', () => {
    const base = load(readFileSync(VALID, 'utf8'));
    fc.assert(
      fc.property(fc.dictionary(fc.string().filter((key) => key !== '__proto__'), json), fc.string({ maxLength: 200 }), (extensions, description) => {
        const once = serializeFlow({ ...base, description, extensions });
        expect(serializeFlow(load(once))).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('validate never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(Array.isArray(validate(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('validate never throws on flows with arbitrary nodes, edges and configs', () => {
    const base = load(readFileSync(VALID, 'utf8'));
    const node = fc.record({
      id: fc.oneof(fc.constantFrom('trigger', 'ask', 'thanks', 'x'), fc.string()),
      type: fc.constantFrom('askQuestion', 'sendMessage', 'branch', 'jumpTo', 'updateTags', 'manual', 'nope'),
      name: fc.string(),
      position: fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
      config: fc.dictionary(fc.constantFrom('text', 'conditions', 'target', 'tags', 'timeout', 'tag', 'answerType'), json),
    });
    const edge = fc.record({ id: fc.string(), source: fc.string(), sourcePort: fc.string(), target: fc.string() });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), fc.array(edge, { maxLength: 8 }), fc.constantFrom(...PROFILES), (nodes, edges, profile) => {
        expect(Array.isArray(validate({ ...base, profile, nodes, edges }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
