import { useUi } from '../../ui/ui-store';
import { useDocuments } from '../../documents/documents-store';
import { useLibraryView } from '../library-view-store';
import { useWorkspace } from '../workspace-store';
import type { ActionImplementation } from '../../actions/action';

/** Export pack: the dialog, starting with the library's selected flows, else the open flow. */
export const exportPack: ActionImplementation = {
  perform: ({ docId }) => useUi.getState().openDialog({ kind: 'exportPack', paths: exportCandidates(docId) }),
};

function exportCandidates(docId: string | null): string[] {
  const flowPaths = new Set(useWorkspace.getState().snapshot?.entries.flatMap((entry) => (entry.kind === 'flow' ? [entry.path] : [])) ?? []);
  const selected = useLibraryView.getState().selection.paths.filter((path) => flowPaths.has(path));
  if (selected.length > 0) return selected;
  const open = docId === null ? undefined : useDocuments.getState().docs[docId]?.path;
  return open !== undefined && flowPaths.has(open) ? [open] : [];
}
