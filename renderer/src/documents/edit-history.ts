import type { Patch } from 'immer';

/** How long after an edit another edit with the same key still joins it (one undo step). */
export const COALESCE_WINDOW_MS = 1000;

/** One undo step: the patches that made it and the inverse patches that take it back. */
export interface HistoryEntry {
  /** The name of the action, for menus ("Undo Move") and debugging. */
  name: string;
  patches: Patch[];
  inverse: Patch[];
  /** Edits with the same key inside the window join this entry (a drag, a typing burst). */
  coalesceKey: string | undefined;
  /** When the entry last grew, in milliseconds. */
  at: number;
  /** False once the gesture that made it ended: nothing joins it any more. */
  open: boolean;
}

/** The undo and redo stacks of one document. */
export interface EditHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** A history with nothing to undo or redo. */
export function emptyHistory(): EditHistory {
  return { undo: [], redo: [] };
}

/** Most undo steps kept per document; older ones are forgotten first. */
export const HISTORY_LIMIT = 500;

/**
 * Records an edit. It joins the previous step when both carry the same coalesce key, the
 * previous step is still open and the edit comes within {@link COALESCE_WINDOW_MS} of it;
 * otherwise it becomes a step of its own. Any new edit empties the redo stack.
 */
export function recordEdit(
  history: EditHistory,
  edit: { name: string; patches: Patch[]; inverse: Patch[]; coalesceKey?: string },
  now: number,
): EditHistory {
  if (edit.patches.length === 0) return history;
  const last = history.undo.at(-1);
  if (last && last.open && edit.coalesceKey !== undefined && last.coalesceKey === edit.coalesceKey && now - last.at <= COALESCE_WINDOW_MS) {
    // Inverse patches undo in order: the newest change is taken back first.
    const merged: HistoryEntry = { ...last, patches: [...last.patches, ...edit.patches], inverse: [...edit.inverse, ...last.inverse], at: now };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const entry: HistoryEntry = { name: edit.name, patches: edit.patches, inverse: edit.inverse, coalesceKey: edit.coalesceKey, at: now, open: true };
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}

/** Ends the gesture of the newest step: the next edit starts a step of its own even with the same key. */
export function sealHistory(history: EditHistory): EditHistory {
  const last = history.undo.at(-1);
  if (!last || !last.open) return history;
  return { ...history, undo: [...history.undo.slice(0, -1), { ...last, open: false }] };
}

/** Takes the newest step off the undo stack; the caller applies its inverse patches. */
export function takeUndo(history: EditHistory): { entry: HistoryEntry; history: EditHistory } | undefined {
  const entry = history.undo.at(-1);
  if (!entry) return undefined;
  const sealed = { ...entry, open: false };
  return { entry: sealed, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, sealed] } };
}

/** Takes the newest undone step off the redo stack; the caller applies its patches. */
export function takeRedo(history: EditHistory): { entry: HistoryEntry; history: EditHistory } | undefined {
  const entry = history.redo.at(-1);
  if (!entry) return undefined;
  return { entry, history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) } };
}
