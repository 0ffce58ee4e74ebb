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
 * canvas when it is shown and do nothing otherwise; they return a promise that settles
 * when the view has finished moving.
 */
export function runEditorCommand(command: EditorCommand, docId: string): Promise<unknown> | undefined {
  const store = useDocuments.getState();
  const view = canvasFor(docId)?.instance;
  switch (command) {
    case 'undo':
      store.undo(docId);
      return undefined;
    case 'redo':
      store.redo(docId);
      return undefined;
    case 'cut':
      copySelection(docId, { cut: true });
      return undefined;
    case 'copy':
      copySelection(docId);
      return undefined;
    case 'paste':
      void pasteFromClipboard(docId);
      return undefined;
    case 'selectAll':
      selectAll(docId);
      return undefined;
    case 'delete':
      deleteSelection(docId);
      return undefined;
    case 'duplicate':
      duplicateSelection(docId);
      return undefined;
    case 'zoomIn':
      return view?.zoomIn({ duration: ZOOM_DURATION });
    case 'zoomOut':
      return view?.zoomOut({ duration: ZOOM_DURATION });
    case 'zoomReset':
      return view?.zoomTo(1, { duration: ZOOM_DURATION });
    case 'fitView':
      return fitViewClearOfCovers(canvasFor(docId), ZOOM_DURATION);
    case 'autoLayout':
      void autoLayout(docId);
      return undefined;
  }
}
