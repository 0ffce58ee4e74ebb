import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { edgeWindow, edgesInWindow, sameWindow } from './edge-window';

/** A row of steps 1,000 units apart, each connected to the next. */
function longFlow(steps: number): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Long' });
  const nodes: FlowNode[] = Array.from({ length: steps }, (_, i) => ({ id: `s${i}`, type: 'sendMessage', name: `s${i}`, position: { x: i * 1000, y: 0 }, config: { text: 'Hi' } }));
  const edges: FlowEdge[] = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: `s${i}`, sourcePort: 'next', target: node.id }));
  return { ...base, nodes, edges };
}

const nothingHeld = { selectedEdges: new Set<string>(), heldNodes: new Set<string>(), dragging: new Map() };
const ids = (edges: FlowEdge[]) => edges.map((edge) => edge.id);

describe('connections the canvas keeps', () => {
  it('keeps the connections near the view and leaves out far ones', () => {
    const view = edgeWindow([0, 0, 1], 1200, 800);
    const kept = ids(edgesInWindow(longFlow(50), view, nothingHeld));
    expect(kept).toContain('e0');
    expect(kept).toContain('e1');
    expect(kept).not.toContain('e40');
  });

  it('keeps a connection that crosses the view even when both of its steps are far away', () => {
    const flow = longFlow(3);
    flow.nodes[2] = { ...flow.nodes[2]!, position: { x: 2_000_000, y: 0 } };
    flow.edges = [
      { id: 'short', source: 's0', sourcePort: 'next', target: 's1' },
      { id: 'long', source: 's0', sourcePort: 'next', target: 's2' },
    ];
    const view = edgeWindow([-1_000_000, 0, 1], 1200, 800);
    expect(ids(edgesInWindow(flow, view, nothingHeld))).toEqual(['long']);
  });

  it('keeps selected connections and those of selected or dragged steps wherever they are', () => {
    const flow = longFlow(50);
    const view = edgeWindow([0, 0, 1], 1200, 800);
    const held = { selectedEdges: new Set(['e30']), heldNodes: new Set(['s45']), dragging: new Map() };
    expect(ids(edgesInWindow(flow, view, held))).toEqual(expect.arrayContaining(['e30', 'e44', 'e45']));
    const dragged = { ...nothingHeld, dragging: new Map([['s40', { x: 500, y: 0 }]]) };
    expect(ids(edgesInWindow(flow, view, dragged))).toEqual(expect.arrayContaining(['e39', 'e40']));
  });

  it('keeps none before the canvas has a size', () => {
    expect(edgeWindow([0, 0, 1], 0, 0)).toBeNull();
    expect(edgesInWindow(longFlow(5), null, nothingHeld)).toEqual([]);
  });

  it('changes only after panning a good part of the view, never on every small step', () => {
    const start = edgeWindow([0, 0, 1], 1200, 800);
    expect(sameWindow(start, edgeWindow([-8, -4, 1], 1200, 800))).toBe(true);
    expect(sameWindow(start, edgeWindow([-1500, 0, 1], 1200, 800))).toBe(false);
    const moved = edgeWindow([-400, 0, 1], 1200, 800)!;
    // Wherever the window is, the view lies inside it with at least a view to spare on each side.
    expect(moved.x0).toBeLessThanOrEqual(400 - 1200);
    expect(moved.x1).toBeGreaterThanOrEqual(400 + 1200 + 1200);
  });
});
