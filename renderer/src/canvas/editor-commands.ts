import { deleteSelection, duplicateSelection, selectAll } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { autoLayout } from './auto-layout';
import { canvasFor } from './canvas-registry';
import { copySelection, pasteFromClipboard } from './clipboard';
import { fitViewClearOfCovers } from './fit-view';

/** Everything the editor can be told to do from a button, a shortcut or a native menu. */
export type EditorCommand =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'delete'
  | 'duplicate'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'fitView'
  | 'autoLayout';

const ZOOM_DURATION = 200;

/**
 * Runs an editor command on a document. View commands (zoom, fit) act on the document's
 * canvas when it is shown and do nothing otherwise.
 */
export function runEditorCommand(command: EditorCommand, docId: string): void {
  const store = useDocuments.getState();
  const view = canvasFor(docId)?.instance;
  switch (command) {
    case 'undo':
      return store.undo(docId);
    case 'redo':
      return store.redo(docId);
    case 'cut':
      copySelection(docId, { cut: true });
      return;
    case 'copy':
      copySelection(docId);
      return;
    case 'paste':
      void pasteFromClipboard(docId);
      return;
    case 'selectAll':
      return selectAll(docId);
    case 'delete':
      return deleteSelection(docId);
    case 'duplicate':
      return duplicateSelection(docId);
    case 'zoomIn':
      void view?.zoomIn({ duration: ZOOM_DURATION });
      return;
    case 'zoomOut':
      void view?.zoomOut({ duration: ZOOM_DURATION });
      return;
    case 'zoomReset':
      void view?.zoomTo(1, { duration: ZOOM_DURATION });
      return;
    case 'fitView':
      fitViewClearOfCovers(canvasFor(docId), ZOOM_DURATION);
      return;
    case 'autoLayout':
      void autoLayout(docId);
      return;
  }
}
