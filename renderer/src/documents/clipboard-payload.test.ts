import { describe, expect, it } from 'vitest';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';
import { copyPayload, parsePayload, preparePaste } from './clipboard-payload';
import { IdAllocator } from './element-ids';
import { createFlow } from '../../../shared/catalog/create-flow';

function flowWithTwoSteps(): Flow {
  const flow = createFlow({ profile: 'conversations', name: 'Copy me' });
  flow.nodes.push({ id: 'hello', type: 'sendMessage', name: 'Hello', position: { x: 300, y: 0 }, config: { text: 'Hi' } });
  flow.edges.push({ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'hello' });
  return flow;
}

describe('steps on the clipboard', () => {
  it('copies the chosen steps with the edges between them only', () => {
    const payload = copyPayload(flowWithTwoSteps(), ['hello']);
    expect(payload.nodes.map((node) => node.id)).toEqual(['hello']);
    expect(payload.edges).toEqual([]);
    expect(copyPayload(flowWithTwoSteps(), ['trigger', 'hello']).edges).toHaveLength(1);
  });

  it('reads back its own JSON text, a whole flow file, or a bare list of nodes', () => {
    const flow = flowWithTwoSteps();
    expect(parsePayload(JSON.stringify(copyPayload(flow, ['trigger', 'hello'])))?.edges).toHaveLength(1);
    expect(parsePayload(serializeFlow(flow))?.nodes).toHaveLength(2);
    expect(parsePayload(JSON.stringify(flow.nodes))?.nodes).toHaveLength(2);
  });

  it('refuses text that holds no step, and leaves out malformed elements', () => {
    expect(parsePayload('hello')).toBeUndefined();
    expect(parsePayload('{"nodes": []}')).toBeUndefined();
    expect(parsePayload('{"nodes": [{"id": "a b"}], "edges": []}')).toBeUndefined();
    const text = JSON.stringify({ nodes: [{ id: 'ok', type: 'wait', name: 'W', position: { x: 0, y: 0 }, config: {} }, { id: 7 }], edges: [{ id: 'bad' }] });
    expect(parsePayload(text)).toEqual({ nodes: [expect.objectContaining({ id: 'ok' })], edges: [] });
  });

  it('pastes at the requested place, snapped to the grid, with ids that never clash with the flow', () => {
    const flow = flowWithTwoSteps();
    const pasted = preparePaste(flow, copyPayload(flow, ['trigger', 'hello']), new IdAllocator(flow), { x: 1003, y: 411 });
    expect(pasted.nodes.map((node) => node.position)).toEqual([
      { x: 1000, y: 420 },
      { x: 1300, y: 420 },
    ]);
    const taken = new Set([...flow.nodes.map((node) => node.id), ...flow.edges.map((edge) => edge.id)]);
    for (const element of [...pasted.nodes, ...pasted.edges]) expect(taken.has(element.id)).toBe(false);
    expect(pasted.edges[0]).toMatchObject({ source: pasted.nodes[0]!.id, target: pasted.nodes[1]!.id, sourcePort: 'next' });
  });
});
