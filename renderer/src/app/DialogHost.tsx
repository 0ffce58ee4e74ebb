import { Fragment } from 'react';
import { ConfirmTrashDialog } from '../library/ConfirmTrashDialog';
import { NewFlowDialog } from '../library/NewFlowDialog';
import { NewFolderDialog } from '../library/NewFolderDialog';
import { ExportPackDialog } from '../packs/ExportPackDialog';
import { ImportPackDialog } from '../packs/ImportPackDialog';
import { PushDialog } from '../tenants/PushDialog';
import { TenantsDialog } from '../tenants/TenantsDialog';
import { CloseTabDialog } from './CloseTabDialog';
import { CompareDialog } from './CompareDialog';
import { ConflictDialog } from './ConflictDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { SaveAsDialog } from './SaveAsDialog';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { useUi } from './ui-store';
import type { AppDialog } from './ui-store';

/** Shows the first waiting dialog of the UI store; each closes itself through `onClose`. */
export function DialogHost() {
  const dialog = useUi((state) => state.dialogs[0]);
  const onClose = useUi((state) => state.closeDialog);
  if (!dialog) return null;
  // Keyed by its place in the queue: two dialogs of one kind in a row are two fresh dialogs.
  return <Fragment key={dialog.seq}>{renderDialog(dialog, onClose)}</Fragment>;
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
    case 'exportPack':
      return <ExportPackDialog paths={dialog.paths} onClose={onClose} />;
    case 'importPack':
      return <ImportPackDialog onClose={onClose} />;
    case 'tenants':
      return <TenantsDialog onClose={onClose} />;
    case 'push':
      return <PushDialog paths={dialog.paths} onClose={onClose} />;
  }
}
