import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow } from '../../../shared/format/flow-schema';
import { createEdgeDeriver, createNodeDeriver, indexProblems } from './derive-elements';

function flow(): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Canvas' });
  return {
    ...base,
    nodes: [...base.nodes, { id: 'ask', type: 'askQuestion', name: 'Ask', position: { x: 300, y: 0 }, config: { question: '', answerType: 'text', options: [], invalidAnswerMessage: '', variable: '', timeout: 3600 } }],
    edges: [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'ask' }],
  };
}

const noView = { measured: new Map(), dragging: new Map() };
const none = { nodes: [], edges: [] };
const problem = (severity: Diagnostic['severity'], target: { nodeId?: string; edgeId?: string }): Diagnostic => ({ severity, code: 'CONFIG_REQUIRED', message: 'x', ...target });

describe('canvas elements derived from a flow', () => {
  it('reuses the objects of unchanged steps after an edit of another step', () => {
    const derive = createNodeDeriver();
    const before = flow();
    const first = derive(before, none, indexProblems([]), noView);
    const edited = { ...before, nodes: [before.nodes[0]!, { ...before.nodes[1]!, name: 'Ask again' }] };
    const second = derive(edited, none, indexProblems([]), noView);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(derive(edited, none, indexProblems([]), noView)).toBe(second);
  });

  it('outlines steps and connections by their worst problem', () => {
    const problems = indexProblems([problem('warning', { nodeId: 'ask' }), problem('error', { nodeId: 'ask' }), problem('warning', { edgeId: 'e1' })]);
    const nodes = createNodeDeriver()(flow(), none, problems, noView);
    const edges = createEdgeDeriver()(flow().edges, none, problems);
    expect(nodes.map((node) => node.className)).toEqual([undefined, 'has-error']);
    expect(edges[0]).toMatchObject({ className: 'has-warning', sourceHandle: 'next', target: 'ask' });
  });

  it('outlines the steps a shown comparison marks, beside their problems, and drops the marks when it is hidden', () => {
    const derive = createNodeDeriver();
    const problems = indexProblems([problem('error', { nodeId: 'ask' })]);
    const marked = derive(flow(), none, problems, noView, new Map([['trigger', 'added'], ['ask', 'changed']] as const));
    expect(marked.map((node) => node.className)).toEqual(['diff-added', 'has-error diff-changed']);
    const cleared = derive(flow(), none, problems, noView, new Map());
    expect(cleared.map((node) => node.className)).toEqual([undefined, 'has-error']);
  });

  it('outlines the path of a shown simulation: the steps passed, the one the run waits at, the connections taken', () => {
    const nodes = createNodeDeriver()(flow(), none, indexProblems([problem('error', { nodeId: 'ask' })]), noView, undefined, new Map([['trigger', 'passed'], ['ask', 'current']] as const));
    expect(nodes.map((node) => node.className)).toEqual(['run-passed', 'has-error run-current']);
    const derive = createEdgeDeriver();
    expect(derive(flow().edges, none, indexProblems([]), null, undefined, new Set(['e1']))[0]!.className).toBe('run-taken');
    expect(derive(flow().edges, none, indexProblems([]), null, undefined, new Set())[0]!.className).toBeUndefined();
  });

  it('gives steps not drawn yet an estimated size and one handle per port, so only visible ones are drawn', () => {
    const [trigger, ask] = createNodeDeriver()(flow(), none, indexProblems([]), noView);
    expect(trigger!.handles!.map((handle) => [handle.type, handle.id])).toEqual([['source', 'next']]);
    expect(ask!.handles!.map((handle) => handle.id)).toEqual(['answered', 'failure', 'timeout', null]);
    expect(ask!.initialHeight).toBeGreaterThan(trigger!.initialHeight!);
    const measured = createNodeDeriver()(flow(), none, indexProblems([]), { measured: new Map([['ask', { width: 223, height: 140 }]]), dragging: new Map() });
    expect(measured[1]).toMatchObject({ measured: { width: 223, height: 140 } });
    expect(measured[1]!.handles).toBeUndefined();
  });

  it('gives estimated handles only to steps whose connections are near the view, and hands the others an empty list', () => {
    const derive = createNodeDeriver();
    const shown = flow();
    const [trigger, ask] = derive(shown, none, indexProblems([]), noView, undefined, undefined, new Set(['trigger']));
    expect(trigger!.handles!.length).toBeGreaterThan(0);
    // Empty, not absent: xyflow draws (to measure) every step whose handles it does not know.
    expect(ask!.handles).toEqual([]);
    // When a connection of the step comes near the view, the step gets its handles.
    const [, nearAsk] = derive(shown, none, indexProblems([]), noView, undefined, undefined, new Set(['trigger', 'ask']));
    expect(nearAsk!.handles!.map((handle) => handle.id)).toEqual(['answered', 'failure', 'timeout', null]);
    // And keeps its object while that holds.
    expect(derive(shown, none, indexProblems([]), noView, undefined, undefined, new Set(['trigger', 'ask']))[1]).toBe(nearAsk);
  });

  it('counts steps never drawn in fit view and the minimap: their estimated size is their measured size until drawn', () => {
    const derive = createNodeDeriver();
    const shown = flow();
    const first = derive(shown, none, indexProblems([]), noView);
    for (const node of first) expect(node.measured).toEqual({ width: node.initialWidth, height: node.initialHeight });
    // The estimate does not make the node look changed: the next derivation keeps every object.
    expect(derive(shown, none, indexProblems([]), noView)).toBe(first);
  });

  it('makes only the selected connections and the one pointed at reconnectable, and keeps the others unchanged', () => {
    const edges: Flow['edges'] = [...flow().edges, { id: 'e2', source: 'ask', sourcePort: 'answered', target: 'trigger' }];
    const derive = createEdgeDeriver();
    const plain = derive(edges, none, indexProblems([]));
    expect(plain.map((edge) => edge.reconnectable)).toEqual([undefined, undefined]);
    const pointed = derive(edges, none, indexProblems([]), 'e2');
    expect(pointed.map((edge) => edge.reconnectable)).toEqual([undefined, true]);
    expect(pointed[0]).toBe(plain[0]);
    const selected = derive(edges, { nodes: [], edges: ['e1'] }, indexProblems([]), null);
    expect(selected.map((edge) => edge.reconnectable)).toEqual([true, undefined]);
  });
});
