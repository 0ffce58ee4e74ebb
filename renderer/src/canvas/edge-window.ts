import type { Flow, FlowEdge } from '../../../shared/format/flow-schema';

/** A rectangle in flow coordinates. */
export interface FlowRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * How far a step can reach right of and below its position, in flow units: wider and taller
 * than any step drawn (see node-geometry.ts), so a connection's box always covers its line.
 */
const NODE_REACH = 600;

/**
 * The part of the flow whose connections the canvas hands to xyflow: the view widened by at
 * least one view in every direction, on a grid of half views, so it changes only after
 * panning about half a view (or zooming by a factor of two), never on every frame. Null
 * until the canvas has a size.
 *
 * @remarks
 * xyflow indexes every connection it is given several times over (by step, by step and side,
 * by step and port), which in a flow of thousands of steps takes more memory than the flow
 * itself, while only connections near the view can be drawn. Steps are all given to xyflow:
 * selecting, dragging and fitting the view need every step.
 */
export function edgeWindow(transform: readonly [number, number, number], width: number, height: number): FlowRect | null {
  if (!(width > 0 && height > 0)) return null;
  const [tx, ty, zoom] = transform;
  const x = -tx / zoom;
  const y = -ty / zoom;
  const w = width / zoom;
  const h = height / zoom;
  const cell = 2 ** Math.ceil(Math.log2(Math.max(w, h) / 2));
  return {
    x0: (Math.floor(x / cell) - 2) * cell,
    y0: (Math.floor(y / cell) - 2) * cell,
    x1: (Math.ceil((x + w) / cell) + 2) * cell,
    y1: (Math.ceil((y + h) / cell) + 2) * cell,
  };
}

/** Whether two windows are the same (both null counts as the same). */
export function sameWindow(a: FlowRect | null, b: FlowRect | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}

/** What besides the window decides which connections the canvas keeps. */
export interface EdgeWindowInputs {
  /** Selected connections, wherever they are: deselecting on the canvas must reach them. */
  selectedEdges: ReadonlySet<string>;
  /** Steps whose connections are kept wherever they are: selected steps and steps being dragged. */
  heldNodes: ReadonlySet<string>;
  /** Positions of steps being dragged (the flow still has where they started). */
  dragging: ReadonlyMap<string, { x: number; y: number }>;
}

/**
 * The connections of `flow` that can show in `window`, plus the selected ones and those of
 * held steps, in flow order. With no window yet, none. (The ghosts of a shown comparison go
 * through here too, with the removed steps among the nodes.)
 */
export function edgesInWindow(flow: Pick<Flow, 'nodes' | 'edges'>, window: FlowRect | null, inputs: EdgeWindowInputs): FlowEdge[] {
  if (window === null) return flow.edges.filter((edge) => isHeld(edge, inputs));
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of flow.nodes) positions.set(node.id, inputs.dragging.get(node.id) ?? node.position);
  return flow.edges.filter((edge) => {
    if (isHeld(edge, inputs)) return true;
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!from || !to) return false;
    const x0 = Math.min(from.x, to.x);
    const y0 = Math.min(from.y, to.y);
    const x1 = Math.max(from.x, to.x) + NODE_REACH;
    const y1 = Math.max(from.y, to.y) + NODE_REACH;
    return x0 <= window.x1 && x1 >= window.x0 && y0 <= window.y1 && y1 >= window.y0;
  });
}

function isHeld(edge: FlowEdge, inputs: EdgeWindowInputs): boolean {
  return inputs.selectedEdges.has(edge.id) || inputs.heldNodes.has(edge.source) || inputs.heldNodes.has(edge.target);
}
