import type { Locale } from '../../../shared/catalog/labels';
import { findStepType } from '../../../shared/catalog/registry';
import type { FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { useDocuments } from './documents-store';
import { IdAllocator } from './element-ids';
import { addElements, connect, moveNodes, newNode, reconnect, removeElements, renameNode, setNodeConfig } from './flow-edits';
import { preparePaste } from './clipboard-payload';
import { linkAfter } from './link-after';
import type { LinkAfter } from './link-after';

/**
 * The named edits of the editor. Each is one undo step (a burst of typing or a run of key
 * presses on the same thing coalesces), so the canvas, the properties drawer, menus and
 * shortcuts all change documents the same way.
 */

const store = () => useDocuments.getState();

/** How far right of the selected step a step added "after" it is placed. */
const STEP_SPACING = 280;

/**
 * Adds a step of `type`. Placed at `position` when given; otherwise after the selected step
 * (to its right, joined as {@link linkAfter} decides, which `onLinked` hears so the person can
 * be told) or at `fallback` (the viewport centre). Returns the new node's id, or undefined
 * when the document is read-only.
 */
export function addStep(
  docId: string,
  type: string,
  options: { position?: { x: number; y: number }; fallback?: { x: number; y: number }; locale?: Locale; onLinked?: (link: LinkAfter, names: { selected: string; added: string }) => void } = {},
): string | undefined {
  const doc = store().docs[docId];
  if (!doc || !findStepType(doc.flow.profile, type)) return undefined;
  const ids = new IdAllocator(doc.flow);
  const selected = doc.selection.nodes.length === 1 ? doc.flow.nodes.find((node) => node.id === doc.selection.nodes[0]) : undefined;
  const after = options.position ? undefined : selected;
  const position = options.position ?? (after ? { x: after.position.x + STEP_SPACING, y: after.position.y } : (options.fallback ?? { x: 0, y: 0 }));
  const node = newNode(doc.flow, type, options.position ? position : freeSpot(doc.flow.nodes, position), ids, options.locale);
  const link = after ? linkAfter(doc.flow, after, node) : undefined;
  const changed = store().edit(
    docId,
    'addStep',
    (draft) => {
      addElements(draft, [node]);
      if (!after || !link) return;
      if (link.kind === 'port') connect(draft, { source: after.id, sourcePort: link.port, target: node.id }, ids);
      if (link.kind === 'insert') {
        reconnect(draft, link.edge.id, { source: after.id, sourcePort: link.edge.sourcePort, target: node.id });
        connect(draft, { source: node.id, sourcePort: link.newPort, target: link.successor.id }, ids);
      }
    },
    { select: { nodes: [node.id], edges: [] } },
  );
  if (changed && after && link) options.onLinked?.(link, { selected: after.name, added: node.name });
  return changed ? node.id : undefined;
}

/** The first place at or below `position` where a new step does not cover another one. */
function freeSpot(nodes: readonly FlowNode[], position: { x: number; y: number }): { x: number; y: number } {
  const spot = { ...position };
  for (let tries = 0; tries < 50 && nodes.some((node) => Math.abs(node.position.x - spot.x) < 200 && Math.abs(node.position.y - spot.y) < 140); tries++) {
    spot.y += 140;
  }
  return spot;
}

/** Deletes nodes (with their edges) and edges. */
export function deleteElements(docId: string, nodeIds: readonly string[], edgeIds: readonly string[]): void {
  if (nodeIds.length === 0 && edgeIds.length === 0) return;
  store().edit(docId, 'delete', (draft) => removeElements(draft, nodeIds, edgeIds), { select: { nodes: [], edges: [] } });
}

/** Deletes whatever is selected. */
export function deleteSelection(docId: string): void {
  const doc = store().docs[docId];
  if (doc) deleteElements(docId, doc.selection.nodes, doc.selection.edges);
}

/**
 * Moves nodes. A drag commits once when it ends; key presses pass the same `gesture` key so
 * a run of them within a second is one undo step.
 */
export function moveSteps(docId: string, positions: ReadonlyMap<string, { x: number; y: number }>, gesture?: string): void {
  if (positions.size === 0) return;
  store().edit(docId, 'move', (draft) => moveNodes(draft, positions), gesture === undefined ? {} : { coalesceKey: gesture });
}

/** Connects an output port of one step to another step. */
export function connectSteps(docId: string, connection: { source: string; sourcePort: string; target: string }): void {
  const doc = store().docs[docId];
  if (!doc) return;
  const ids = new IdAllocator(doc.flow);
  store().edit(docId, 'connect', (draft) => void connect(draft, connection, ids));
}

/** Moves one end of an edge. */
export function reconnectEdge(docId: string, edgeId: string, connection: { source: string; sourcePort: string; target: string }): void {
  store().edit(docId, 'reconnect', (draft) => reconnect(draft, edgeId, connection));
}

/** Renames a step; a burst of typing is one undo step. */
export function renameStep(docId: string, nodeId: string, name: string): void {
  store().edit(docId, 'rename', (draft) => renameNode(draft, nodeId, name), { coalesceKey: `name:${nodeId}` });
}

/** Replaces a step's config from its form; typing in one field is one undo step. */
export function updateStepConfig(docId: string, nodeId: string, config: Record<string, unknown>, field: string): void {
  store().edit(docId, 'configure', (draft) => setNodeConfig(draft, nodeId, config), { coalesceKey: `config:${nodeId}:${field}` });
}

/** Changes the flow's name or description (top bar); typing is one undo step. */
export function updateFlowDetails(docId: string, details: { name?: string; description?: string }): void {
  const key = details.name !== undefined ? 'details:name' : 'details:description';
  store().edit(
    docId,
    'details',
    (draft) => {
      if (details.name !== undefined && draft.name !== details.name) draft.name = details.name;
      if (details.description !== undefined && draft.description !== details.description) draft.description = details.description;
    },
    { coalesceKey: key },
  );
}

/**
 * Adds copied or pasted nodes and edges with fresh ids and selects them. Returns how many
 * steps were left out because the flow's profile has no such type, or undefined when
 * nothing could be pasted.
 */
export function pasteElements(docId: string, payload: { nodes: readonly FlowNode[]; edges: readonly FlowEdge[] }, at?: { x: number; y: number }): { added: number; skipped: number } | undefined {
  const doc = store().docs[docId];
  if (!doc || doc.readOnlyReason !== null) return undefined;
  const prepared = preparePaste(doc.flow, payload, new IdAllocator(doc.flow), at);
  if (prepared.nodes.length === 0) return { added: 0, skipped: prepared.skipped };
  store().edit(docId, 'paste', (draft) => addElements(draft, prepared.nodes, prepared.edges), {
    select: { nodes: prepared.nodes.map((node) => node.id), edges: prepared.edges.map((edge) => edge.id) },
  });
  return { added: prepared.nodes.length, skipped: prepared.skipped };
}

/** Duplicates the selected steps (and the edges among them) next to the originals. */
export function duplicateSelection(docId: string): void {
  const doc = store().docs[docId];
  if (!doc || doc.selection.nodes.length === 0) return;
  const chosen = new Set(doc.selection.nodes);
  pasteElements(docId, {
    nodes: doc.flow.nodes.filter((node) => chosen.has(node.id)),
    edges: doc.flow.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  });
}

/** Selects every node and edge. */
export function selectAll(docId: string): void {
  const doc = store().docs[docId];
  if (!doc) return;
  store().setSelection(docId, { nodes: doc.flow.nodes.map((node) => node.id), edges: doc.flow.edges.map((edge) => edge.id) });
}
