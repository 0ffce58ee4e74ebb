import { Suspense, useCallback } from 'react';
import { translate } from '../i18n/i18n';
import { messageOf } from './document-files';
import { FailureBoundary } from './FailureBoundary';
import { retryFailedLoads } from './lazy-component';
import {
  CloseTabDialog,
  CompareDialog,
  ConfirmTrashDialog,
  ConflictDialog,
  ExportPackDialog,
  ImportPackDialog,
  MoveToDialog,
  NewFlowDialog,
  NewFolderDialog,
  PushDialog,
  RecoveryDialog,
  SaveAsDialog,
  SaveTemplateDialog,
  ShortcutsDialog,
  TenantsDialog,
} from './lazy-dialogs';
import { useUi } from './ui-store';
import type { AppDialog } from './ui-store';

/**
 * Shows the first waiting dialog of the UI store; each closes itself through `onClose`.
 * Dialogs load on first use (lazy-dialogs.ts); one that cannot be loaded or drawn is closed
 * with a notice, and the editor stays as it was.
 */
export function DialogHost() {
  const dialog = useUi((state) => state.dialogs[0]);
  const onClose = useUi((state) => state.closeDialog);
  const notify = useUi((state) => state.notify);
  const onFailure = useCallback(
    (error: unknown) => {
      retryFailedLoads();
      onClose();
      notify(translate('notice.dialogFailed', { message: messageOf(error) }), 'error');
    },
    [onClose, notify],
  );
  if (!dialog) return null;
  // Keyed by its place in the queue: two dialogs of one kind in a row are two fresh dialogs.
  return (
    <FailureBoundary key={dialog.seq} onFailure={onFailure}>
      <Suspense fallback={null}>{renderDialog(dialog, onClose)}</Suspense>
    </FailureBoundary>
  );
}

function renderDialog(dialog: AppDialog, onClose: () => void) {
  switch (dialog.kind) {
    case 'newFlow':
      return <NewFlowDialog onClose={onClose} />;
    case 'closeTab':
      return <CloseTabDialog docId={dialog.docId} onClose={onClose} />;
    case 'conflict':
      return <ConflictDialog docId={dialog.docId} onClose={onClose} />;
    case 'compare':
      return <CompareDialog docId={dialog.docId} diskText={dialog.diskText} diskRevision={dialog.diskRevision} onClose={onClose} />;
    case 'recovery':
      return <RecoveryDialog entries={dialog.entries} onClose={onClose} />;
    case 'saveAs':
      return <SaveAsDialog docId={dialog.docId} onClose={onClose} />;
    case 'saveTemplate':
      return <SaveTemplateDialog path={dialog.path} onClose={onClose} />;
    case 'confirmTrash':
      return <ConfirmTrashDialog paths={dialog.paths} onClose={onClose} />;
    case 'newFolder':
      return <NewFolderDialog parent={dialog.parent} onClose={onClose} />;
    case 'moveTo':
      return <MoveToDialog paths={dialog.paths} onClose={onClose} />;
    case 'exportPack':
      return <ExportPackDialog paths={dialog.paths} onClose={onClose} />;
    case 'importPack':
      return <ImportPackDialog onClose={onClose} />;
    case 'tenants':
      return <TenantsDialog syncWith={dialog.syncWith} onClose={onClose} />;
    case 'push':
      return <PushDialog paths={dialog.paths} onClose={onClose} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
  }
}
