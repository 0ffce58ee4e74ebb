import type { Flow } from '../../../shared/format/flow-schema';
import { EMPTY_SELECTION } from './open-document';
import type { DocumentSelection, OpenDocument } from './open-document';

/** A freshly opened document: nothing selected, nothing to undo. */
export function documentRecord(content: Pick<OpenDocument, 'id' | 'path' | 'flow' | 'revision' | 'cleanFlow' | 'readOnlyReason' | 'diagnostics'>): OpenDocument {
  return { ...content, selection: EMPTY_SELECTION, focusRequest: null, canUndo: false, canRedo: false };
}

/** A selection without ids that no longer exist (after an undo, a delete, a reload). */
export function pruneSelection(flow: Flow, selection: DocumentSelection): DocumentSelection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const nodes = new Set(flow.nodes.map((node) => node.id));
  const edges = new Set(flow.edges.map((edge) => edge.id));
  const kept = { nodes: selection.nodes.filter((id) => nodes.has(id)), edges: selection.edges.filter((id) => edges.has(id)) };
  return kept.nodes.length === selection.nodes.length && kept.edges.length === selection.edges.length ? selection : kept;
}

/** Whether two selections name the same ids in the same order. */
export function sameSelection(a: DocumentSelection, b: DocumentSelection): boolean {
  return a.nodes.length === b.nodes.length && a.edges.length === b.edges.length && a.nodes.every((id, i) => id === b.nodes[i]) && a.edges.every((id, i) => id === b.edges[i]);
}
