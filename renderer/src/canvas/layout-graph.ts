import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** What the layout needs of one step: its size on screen and its output ports in order. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  ports: string[];
}

/** What the layout needs of one connection. */
export interface LayoutEdge {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
}

/** The message sent to the layout worker. */
export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** The worker's answer: top-left positions by node id, or why it failed. */
export type LayoutResponse = { ok: true; positions: Record<string, { x: number; y: number }> } | { ok: false; message: string };

const portId = (node: string, port: string) => `${node}#${port}`;

/** The shape, width to height, that a long flow is wrapped towards: about a screen's. */
const WRAP_ASPECT_RATIO = 1.6;

/** Up to this many steps a flow stays in one row: wrapping would cut even a short flow into a column. */
const WRAP_MIN_STEPS = 24;

const WRAPPING = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': String(WRAP_ASPECT_RATIO),
  'elk.layered.wrapping.additionalEdgeSpacing': '40',
};

/**
 * The ELK graph of a flow: left to right, layered, with each step's ports kept in the order
 * the step shows them, so branches stay in order from top to bottom. A long flow is cut into
 * rows placed one under the other (ELK's graph wrapping), because a single row of hundreds of
 * steps is too wide to read at any zoom; cuts may cross branches, which stay together.
 */
export function toElkGraph(request: LayoutRequest): ElkNode {
  const known = new Map(request.nodes.map((node) => [node.id, new Set(node.ports)]));
  const edges: ElkExtendedEdge[] = [];
  for (const edge of request.edges) {
    const ports = known.get(edge.source);
    if (!ports || !known.has(edge.target) || edge.source === edge.target) continue;
    edges.push({ id: edge.id, sources: [ports.has(edge.sourcePort) ? portId(edge.source, edge.sourcePort) : edge.source], targets: [edge.target] });
  }
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'true',
      ...(request.nodes.length > WRAP_MIN_STEPS ? WRAPPING : {}),
    },
    children: request.nodes.map((node) => ({
      id: node.id,
      width: node.width,
      height: node.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: node.ports.map((port, index) => ({
        id: portId(node.id, port),
        width: 1,
        height: 1,
        layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(index) },
      })),
    })),
    edges,
  };
}

/** Node positions from a laid-out ELK graph. */
export function positionsOf(graph: ElkNode): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}
