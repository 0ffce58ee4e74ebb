import { findStepType } from '../../../shared/catalog/registry';
import { flowEdgeSchema, flowNodeSchema } from '../../../shared/format/flow-schema';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { parseJson } from '../../../shared/json/parse-json';
import type { IdAllocator } from './element-ids';
import { snap } from './flow-edits';

/** Marks clipboard text written by Flowpack Studio (other JSON with nodes and edges is accepted too). */
export const CLIPBOARD_FORMAT = 'flowpack.clipboard';

/** Steps copied from a flow: the nodes and the edges between them. */
export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  version: 1;
  profile: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * The chosen nodes and every edge between two of them. An edge to a node left behind is
 * not copied: it could not be pasted without its other end.
 */
export function copyPayload(flow: Pick<Flow, 'profile' | 'nodes' | 'edges'>, nodeIds: readonly string[]): ClipboardPayload {
  const chosen = new Set(nodeIds);
  const nodes = flow.nodes.filter((node) => chosen.has(node.id));
  const edges = flow.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target));
  return { format: CLIPBOARD_FORMAT, version: 1, profile: flow.profile, nodes: structuredClone(nodes), edges: structuredClone(edges) };
}

/**
 * Reads clipboard text as nodes and edges: our own payload, a flow document, `{nodes, edges}`
 * or an array of nodes. Elements that are not well-formed are left out; undefined when the
 * text holds no node at all.
 */
export function parsePayload(text: string): { nodes: FlowNode[]; edges: FlowEdge[] } | undefined {
  if (text.length > 20 * 1024 * 1024) return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) return undefined;
  const value = parsed.value;
  const rawNodes: unknown[] = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.nodes) ? value.nodes : [];
  const rawEdges: unknown[] = isRecord(value) && Array.isArray(value.edges) ? value.edges : [];
  const nodes: FlowNode[] = [];
  for (const raw of rawNodes) {
    const node = flowNodeSchema.safeParse(raw);
    if (node.success) nodes.push(node.data);
  }
  if (nodes.length === 0) return undefined;
  const edges: FlowEdge[] = [];
  for (const raw of rawEdges) {
    const edge = flowEdgeSchema.safeParse(raw);
    if (edge.success) edges.push(edge.data);
  }
  return { nodes, edges };
}

/** What a paste adds, and how many copied steps the target flow cannot hold. */
export interface PreparedPaste {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Steps left out because the target profile (or flow kind) has no such step type. */
  skipped: number;
}

/**
 * Makes pasted elements fit the target flow: only step types of its profile and kind are
 * kept, every node and edge gets a fresh id (so pasting twice, or into the flow copied
 * from, never clashes), edges are kept only when both ends are, and the group is moved so
 * its top-left corner lands at `at` (or 40 px from where it was copied when `at` is absent).
 */
export function preparePaste(
  flow: Pick<Flow, 'profile' | 'kind'>,
  payload: { nodes: readonly FlowNode[]; edges: readonly FlowEdge[] },
  ids: IdAllocator,
  at?: { x: number; y: number },
): PreparedPaste {
  const fits = payload.nodes.filter((node) => {
    const step = findStepType(flow.profile, node.type);
    return step !== undefined && (step.kinds === undefined || step.kinds.includes(flow.kind));
  });
  const left = Math.min(...fits.map((node) => node.position.x));
  const top = Math.min(...fits.map((node) => node.position.y));
  const dx = at ? at.x - left : 40;
  const dy = at ? at.y - top : 40;
  const newIds = new Map<string, string>();
  const nodes = fits.map((node): FlowNode => {
    const id = ids.next(node.type);
    newIds.set(node.id, id);
    return { ...structuredClone(node), id, position: { x: snap(node.position.x + dx), y: snap(node.position.y + dy) } };
  });
  const edges: FlowEdge[] = [];
  for (const edge of payload.edges) {
    const source = newIds.get(edge.source);
    const target = newIds.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ ...structuredClone(edge), id: ids.next('e'), source, target });
  }
  return { nodes, edges, skipped: payload.nodes.length - fits.length };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
