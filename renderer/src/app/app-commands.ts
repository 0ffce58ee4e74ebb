import type { AppCommand } from '../../../shared/host/contract';
import { runEditorCommand } from '../canvas/editor-commands';
import type { EditorCommand } from '../canvas/editor-commands';
import { useDocuments } from '../documents/documents-store';
import { translate } from '../i18n/i18n';
import { saveCopyWithNativeDialog } from './save-copy-as';
import { useLibraryView } from '../library/library-view-store';
import { useWorkspace } from '../library/workspace-store';
import { requestClose, saveDocument } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';

// Menu commands that are editor commands of the same name, run on the active document.
const EDITOR_COMMANDS: Partial<Record<AppCommand, EditorCommand>> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  selectAll: 'selectAll',
  zoomIn: 'zoomIn',
  zoomOut: 'zoomOut',
  fitView: 'fitView',
  autoLayout: 'autoLayout',
};

/**
 * Runs an application command: what a native menu item sends ('app:command'), and what the
 * top bar's buttons and the keyboard shortcuts call, so all three always do the same thing.
 */
export function runAppCommand(command: AppCommand): void {
  const activeId = useDocuments.getState().activeId;
  const ui = useUi.getState();
  const editorCommand = EDITOR_COMMANDS[command];
  if (editorCommand) {
    if (activeId) runEditorCommand(editorCommand, activeId);
    return;
  }
  switch (command) {
    case 'newFlow':
      ui.openDialog({ kind: 'newFlow' });
      return;
    case 'openWorkspace':
      useWorkspace
        .getState()
        .choose()
        .catch((error: unknown) => ui.notify(translate('notice.workspaceFailed', { message: messageOf(error) }), 'error'));
      return;
    case 'openFile':
      // Files are opened from the library; the desktop menu's own dialog answers with 'app:openFile'.
      document.querySelector<HTMLInputElement>('[data-library-search]')?.focus();
      return;
    case 'save':
      if (activeId) void saveDocument(activeId);
      return;
    case 'saveAs':
      if (!activeId) return;
      // The desktop app asks with its native Save dialog; the browser host with the app's own.
      if (ui.host?.nativeDialogs) void saveCopyWithNativeDialog(activeId);
      else ui.openDialog({ kind: 'saveAs', docId: activeId });
      return;
    case 'close':
      if (activeId) requestClose(activeId);
      return;
    case 'toggleProblems':
      ui.toggleProblems();
      return;
    case 'exportPack':
      ui.openDialog({ kind: 'exportPack', paths: exportCandidates(activeId) });
      return;
    case 'importPack':
      ui.openDialog({ kind: 'importPack' });
      return;
    default:
      return;
  }
}

/** The flows an Export Pack command starts with: the library's selected flows, else the open flow. */
function exportCandidates(activeId: string | null): string[] {
  const flowPaths = new Set(useWorkspace.getState().snapshot?.entries.flatMap((entry) => (entry.kind === 'flow' ? [entry.path] : [])) ?? []);
  const selected = useLibraryView.getState().selection.paths.filter((path) => flowPaths.has(path));
  if (selected.length > 0) return selected;
  const open = activeId === null ? undefined : useDocuments.getState().docs[activeId]?.path;
  return open !== undefined && flowPaths.has(open) ? [open] : [];
}
