import type { Draft } from 'immer';
import { findStepType } from '../../../shared/catalog/registry';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { IdAllocator } from './element-ids';

/**
 * Edits of a flow, written as immer recipes: each mutates a draft and touches only what it
 * changes, so unchanged nodes keep their identity (the incremental validator and the
 * canvas rely on that) and the patches immer records are the undo step.
 */
export type FlowDraft = Draft<Flow>;

/** Grid the canvas snaps to, in flow coordinates. */
export const GRID = 20;

/** Rounds a coordinate to the grid. */
export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

/** A new node of a catalog step type, with its default config and its label as name. */
export function newNode(flow: Pick<Flow, 'profile'>, type: string, position: { x: number; y: number }, ids: IdAllocator, locale: 'en' | 'pt-BR' | 'es' = 'en'): FlowNode {
  const step = findStepType(flow.profile, type);
  if (!step) throw new Error(`Step type "${type}" does not exist in the ${flow.profile} profile`);
  return {
    id: ids.next(type),
    type,
    name: step.labels[locale],
    position: { x: snap(position.x), y: snap(position.y) },
    config: structuredClone(step.defaultConfig) as Record<string, unknown>,
  };
}

/** Adds nodes and edges (ids already unique in the flow). */
export function addElements(draft: FlowDraft, nodes: readonly FlowNode[], edges: readonly FlowEdge[] = []): void {
  draft.nodes.push(...(nodes as FlowNode[]));
  draft.edges.push(...(edges as FlowEdge[]));
}

/** Removes nodes with every edge attached to them, and edges. */
export function removeElements(draft: FlowDraft, nodeIds: readonly string[], edgeIds: readonly string[]): void {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size > 0 && draft.nodes.some((node) => nodes.has(node.id))) {
    draft.nodes = draft.nodes.filter((node) => !nodes.has(node.id));
  }
  const keep = (edge: FlowEdge) => !edges.has(edge.id) && !nodes.has(edge.source) && !nodes.has(edge.target);
  if (draft.edges.some((edge) => !keep(edge))) draft.edges = draft.edges.filter(keep);
}

/** Moves nodes to new positions, snapped to the grid. */
export function moveNodes(draft: FlowDraft, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  for (const node of draft.nodes) {
    const position = positions.get(node.id);
    if (!position) continue;
    const x = snap(position.x);
    const y = snap(position.y);
    if (node.position.x !== x || node.position.y !== y) node.position = { x, y };
  }
}

/** Connects an output port to a node, unless that exact connection exists or it would loop on itself. */
export function connect(draft: FlowDraft, connection: { source: string; sourcePort: string; target: string }, ids: IdAllocator): string | undefined {
  const { source, sourcePort, target } = connection;
  if (source === target) return undefined;
  if (draft.edges.some((edge) => edge.source === source && edge.sourcePort === sourcePort && edge.target === target)) return undefined;
  const id = ids.next('e');
  draft.edges.push({ id, source, sourcePort, target });
  return id;
}

/** Moves one end of an edge to another port or node. */
export function reconnect(draft: FlowDraft, edgeId: string, connection: { source: string; sourcePort: string; target: string }): void {
  const edge = draft.edges.find((candidate) => candidate.id === edgeId);
  if (!edge || connection.source === connection.target) return;
  if (edge.source !== connection.source) edge.source = connection.source;
  if (edge.sourcePort !== connection.sourcePort) edge.sourcePort = connection.sourcePort;
  if (edge.target !== connection.target) edge.target = connection.target;
}

/** Renames a step. */
export function renameNode(draft: FlowDraft, nodeId: string, name: string): void {
  const node = draft.nodes.find((candidate) => candidate.id === nodeId);
  if (node && node.name !== name) node.name = name;
}

/** Replaces a step's config. */
export function setNodeConfig(draft: FlowDraft, nodeId: string, config: Record<string, unknown>): void {
  const node = draft.nodes.find((candidate) => candidate.id === nodeId);
  // Forms hand over a fresh object on every event; an unchanged value must not become an undo step.
  if (node && JSON.stringify(node.config) !== JSON.stringify(config)) node.config = config;
}

/** The output ports of a node that no edge leaves from, in the step type's order. */
export function freePorts(flow: Pick<Flow, 'profile' | 'edges'>, node: FlowNode): string[] {
  const step = findStepType(flow.profile, node.type);
  if (!step) return [];
  let ports: string[];
  try {
    ports = step.ports(node.config).map((port) => port.id);
  } catch {
    // A config the step cannot read (hand-edited file) has no ports to offer.
    return [];
  }
  const used = new Set(flow.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourcePort));
  return ports.filter((port) => !used.has(port));
}
