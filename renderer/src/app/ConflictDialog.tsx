import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { keepMine, readDisk, reloadFromDisk } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { ModalDialog } from '../ui/ModalDialog';
import { useUi } from '../ui/ui-store';

/**
 * Save found the file changed on disk since it was read: never overwrite without asking.
 * Reload from disk, Keep mine (write over the current disk revision) or Compare first.
 */
export function ConflictDialog({ docId, onClose }: { docId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useDocuments((state) => state.docs[docId]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      onClose();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const compare = () =>
    run(async () => {
      const disk = await readDisk(doc?.path ?? docId);
      useUi.getState().openDialog({ kind: 'compare', docId, diskText: disk?.text ?? '', diskRevision: disk?.revision ?? '' });
    });

  return (
    <ModalDialog
      title={t('conflict.title')}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void compare()}>
            {t('conflict.compare')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => reloadFromDisk(docId))}>
            {t('conflict.reload')}
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => keepMine(docId))}>
            {t('conflict.keepMine')}
          </button>
        </>
      }
    >
      <p>{t('conflict.body', { path: doc?.path ?? docId })}</p>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
