import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';
import { createValidator, validate } from './validator';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/diagnostics/valid.flow.json'), 'utf8')) as Flow;

/** Edits as an immutable store makes them: changed objects are new, everything else is shared. */
type Edit = (flow: Flow) => Flow;
const at = (flow: Flow, i: number) => i % Math.max(flow.nodes.length, 1);
const replaceNode = (flow: Flow, i: number, change: (node: FlowNode) => FlowNode): Flow =>
  flow.nodes.length === 0 ? flow : { ...flow, nodes: flow.nodes.map((node, j) => (j === at(flow, i) ? change(node) : node)) };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom('', 'Hello', '   ')).map(([i, text]): Edit => (flow) => replaceNode(flow, i, (n) => ({ ...n, config: { ...n.config, text } }))),
  fc.tuple(fc.nat(), fc.constantFrom('ask', 'thanks', 'new', 'trigger')).map(([i, id]): Edit => (flow) => replaceNode(flow, i, (n) => ({ ...n, id }))),
  fc.tuple(fc.nat(), fc.constantFrom('sendMessage', 'askQuestion', 'manual', 'nope')).map(([i, type]): Edit => (flow) => replaceNode(flow, i, (n) => ({ ...n, type }))),
  fc.nat().map((i): Edit => (flow) => ({ ...flow, edges: flow.edges.filter((_, j) => j !== i % Math.max(flow.edges.length, 1)) })),
  fc
    .tuple(fc.constantFrom('trigger', 'ask', 'thanks', 'sorry', 'gone'), fc.constantFrom('next', 'answered', 'timeout', 'x'), fc.constantFrom('ask', 'thanks', 'sorry', 'trigger'))
    .map(([source, sourcePort, target]): Edit => (flow) => {
      const edge: FlowEdge = { id: `e${flow.edges.length + 10}`, source, sourcePort, target };
      return { ...flow, edges: [...flow.edges, edge] };
    }),
  fc.nat().map((i): Edit => (flow) => ({ ...flow, nodes: flow.nodes.filter((_, j) => j !== at(flow, i)) })),
  fc.constantFrom<Edit>((flow) => ({ ...flow, profile: 'pipeline' }), (flow) => ({ ...flow, profile: 'conversations' }), (flow) => ({ ...flow, id: '5e0c2a6d-8f4b-4c1a-9d3e-7b6a5c4d3e21' })),
);

describe('incremental validation', () => {
  it('after any sequence of edits reports exactly what a full validation reports', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const validator = createValidator();
        let flow = base;
        validator.validate(flow);
        for (const apply of edits) {
          flow = apply(flow);
          expect(validator.validate(flow)).toEqual(validate(flow));
        }
      }),
      { numRuns: 300 },
    );
  });
});
