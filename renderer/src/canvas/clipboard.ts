import { useUi } from '../ui/ui-store';
import { copyPayload, parsePayload } from '../documents/clipboard-payload';
import { deleteElements, pasteElements } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { translate } from '../i18n/i18n';
import { viewportCentre } from './canvas-registry';

/**
 * Copy, cut and paste of steps. What is copied goes to the system clipboard as JSON text
 * (so it can be pasted into another window, a chat or a file) and is also kept here, for
 * hosts that refuse to let a page read the clipboard.
 */
let lastCopy: { text: string; docId: string; pastes: number } | null = null;

/** The selected steps of a document as clipboard text, or undefined when nothing is selected. */
export function selectionText(docId: string): string | undefined {
  const doc = useDocuments.getState().docs[docId];
  if (!doc || doc.selection.nodes.length === 0) return undefined;
  const text = JSON.stringify(copyPayload(doc.flow, doc.selection.nodes), null, 2);
  lastCopy = { text, docId, pastes: 0 };
  return text;
}

/** Copies the selection; with `cut`, deletes it afterwards as one undo step. */
export function copySelection(docId: string, options: { cut?: boolean; writeSystemClipboard?: boolean } = {}): string | undefined {
  const text = selectionText(docId);
  if (text === undefined) return undefined;
  if (options.writeSystemClipboard !== false) {
    // The in-app copy above already holds it; a refused clipboard write loses nothing.
    navigator.clipboard?.writeText(text).catch(() => undefined);
  }
  if (options.cut) {
    const doc = useDocuments.getState().docs[docId]!;
    deleteElements(docId, doc.selection.nodes, doc.selection.edges);
  }
  return text;
}

/**
 * Pastes clipboard text into a document: steps copied from the same document land a little
 * below and right of the originals (further with each paste), anything else at the centre
 * of the view. Returns true when something was pasted.
 */
export function pasteText(docId: string, text: string): boolean {
  const payload = parsePayload(text);
  if (!payload) return false;
  let at: { x: number; y: number } | undefined;
  if (lastCopy && lastCopy.text === text && lastCopy.docId === docId) {
    lastCopy.pastes += 1;
    const offset = 40 * lastCopy.pastes;
    at = { x: Math.min(...payload.nodes.map((n) => n.position.x)) + offset, y: Math.min(...payload.nodes.map((n) => n.position.y)) + offset };
  } else {
    at = viewportCentre(docId);
  }
  const result = pasteElements(docId, payload, at);
  if (result && result.skipped > 0) useUi.getState().notify(translate('canvas.pasteSkipped', { count: result.skipped }));
  return result !== undefined && result.added > 0;
}

/** Pastes from the system clipboard, or from the last copy when the host will not let us read it. */
export async function pasteFromClipboard(docId: string): Promise<void> {
  let text: string | undefined;
  try {
    text = await navigator.clipboard?.readText();
  } catch {
    text = undefined;
  }
  if (text && pasteText(docId, text)) return;
  if (lastCopy) pasteText(docId, lastCopy.text);
}
