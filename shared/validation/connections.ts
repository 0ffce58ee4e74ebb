import type { Diagnostic } from '../format/diagnostic';
import type { EdgeReport } from './graph-check';
import { diagnostic } from './messages';

/**
 * Which nodes each edge joins, by index, with the problems found on the way: duplicate
 * ids and connections to steps that do not exist. It depends only on the node ids and the
 * edges, so while an edit leaves both alone (editing a step's settings) it is reused.
 */
export interface Connections {
  indexById: ReadonlyMap<string, number>;
  /** Node index of each edge's source and target; -1 when missing or the edge is malformed. */
  source: Int32Array;
  target: Int32Array;
  diagnostics: readonly Diagnostic[];
}

export function resolveConnections(flowId: string | undefined, nodeIds: readonly (string | undefined)[], edges: readonly EdgeReport[]): Connections {
  const out: Diagnostic[] = [];
  const flow = flowId === undefined ? {} : { flowId };
  const indexById = new Map<string, number>();
  nodeIds.forEach((id, index) => {
    if (id === undefined) return;
    if (indexById.has(id)) {
      out.push(diagnostic('error', 'ID_DUPLICATE', { id, element: 'step' }, { ...flow, nodeId: id, path: ['nodes', index, 'id'] }));
    } else {
      indexById.set(id, index);
    }
  });

  const source = new Int32Array(edges.length).fill(-1);
  const target = new Int32Array(edges.length).fill(-1);
  const edgeIds = new Set<string>();
  edges.forEach(({ edge }, index) => {
    if (!edge) return;
    if (edgeIds.has(edge.id)) {
      out.push(diagnostic('error', 'ID_DUPLICATE', { id: edge.id, element: 'connection' }, { ...flow, edgeId: edge.id, path: ['edges', index, 'id'] }));
    }
    edgeIds.add(edge.id);
    const from = indexById.get(edge.source);
    const to = indexById.get(edge.target);
    if (from === undefined) {
      out.push(diagnostic('error', 'EDGE_DANGLING', { edge: edge.id, end: 'starts at', node: edge.source }, { ...flow, edgeId: edge.id, path: ['edges', index, 'source'] }));
    } else {
      source[index] = from;
    }
    if (to === undefined) {
      out.push(diagnostic('error', 'EDGE_DANGLING', { edge: edge.id, end: 'leads to', node: edge.target }, { ...flow, edgeId: edge.id, path: ['edges', index, 'target'] }));
    } else {
      target[index] = to;
    }
  });
  return { indexById, source, target, diagnostics: out };
}

/** Remembers the last connections and reuses them while the flow id, node ids and edges are the same. */
export function connectionsMemo(): (flowId: string | undefined, nodeIds: (string | undefined)[], rawEdges: readonly unknown[], edges: readonly EdgeReport[]) => Connections {
  let last: { flowId: string | undefined; nodeIds: (string | undefined)[]; rawEdges: readonly unknown[]; result: Connections } | undefined;
  return (flowId, nodeIds, rawEdges, edges) => {
    if (last && last.flowId === flowId && last.rawEdges === rawEdges && sameIds(last.nodeIds, nodeIds)) return last.result;
    const result = resolveConnections(flowId, nodeIds, edges);
    last = { flowId, nodeIds, rawEdges, result };
    return result;
  };
}

function sameIds(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
