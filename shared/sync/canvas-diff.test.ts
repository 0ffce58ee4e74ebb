import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import type { Flow } from '../format/flow-schema';
import { canvasDiff } from './canvas-diff';

/** A trigger, then Greet, Pause and Goodbye in a line. */
function tenantVersion(): Flow {
  const flow = createFlow({ profile: 'conversations', name: 'Greeting' });
  const trigger = flow.nodes[0]!.id;
  flow.nodes.push(
    { id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } },
    { id: 'pause', type: 'wait', name: 'Pause', position: { x: 0, y: 300 }, config: { duration: 3600 } },
    { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 450 }, config: { text: 'Bye!' } },
  );
  flow.edges.push(
    { id: 'e1', source: trigger, sourcePort: 'next', target: 'greet' },
    { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' },
    { id: 'e3', source: 'pause', sourcePort: 'next', target: 'bye' },
  );
  return flow;
}

describe('canvasDiff: a comparison as the canvas draws it', () => {
  it('marks steps added and changed, and hands over the removed steps whole, where the other version has them', () => {
    const before = tenantVersion();
    const after = structuredClone(before);
    // Pause removed (and its connections), Goodbye reworded, a new step added, Greet wired straight to Goodbye.
    after.nodes = after.nodes.filter((node) => node.id !== 'pause');
    after.nodes.find((node) => node.id === 'bye')!.config.text = 'See you!';
    after.nodes.push({ id: 'thanks', type: 'sendMessage', name: 'Thanks', position: { x: 300, y: 450 }, config: { text: 'Thanks!' } });
    after.edges = [after.edges[0]!, { id: 'e9', source: 'greet', sourcePort: 'next', target: 'bye' }];

    const result = canvasDiff(before, after);

    expect(result.marks).toEqual({ thanks: 'added', bye: 'changed' });
    expect(result.removed.steps).toEqual([before.nodes.find((node) => node.id === 'pause')]);
    expect(result.removed.steps[0]!.position).toEqual({ x: 0, y: 300 });
    expect(result.removed.connections.map((edge) => edge.id)).toEqual(['e2', 'e3']);
  });

  it('does not mark a step that only moved (layout, not behaviour), nor a connection only renumbered', () => {
    const before = tenantVersion();
    const after = structuredClone(before);
    after.nodes[1]!.position = { x: 500, y: 150 };
    after.edges[1]!.id = 'renumbered';
    expect(canvasDiff(before, after)).toEqual({ marks: {}, removed: { steps: [], connections: [] } });
  });

  it('draws a connection removed between two steps both versions keep', () => {
    const before = tenantVersion();
    const after = structuredClone(before);
    after.edges = after.edges.filter((edge) => edge.id !== 'e2');
    expect(canvasDiff(before, after).removed).toEqual({ steps: [], connections: [before.edges[1]] });
  });
});
