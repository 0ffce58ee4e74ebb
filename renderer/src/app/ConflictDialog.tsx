import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { keepMine, readDisk, reloadFromDisk } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { ConfirmDialog } from '../ui/ConfirmDialog';
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
    <ConfirmDialog
      title={t('conflict.title')}
      onCancel={onClose}
      busy={busy}
      problem={problem}
      choices={[
        { label: t('conflict.compare'), onChoose: compare },
        { label: t('conflict.reload'), onChoose: () => run(() => reloadFromDisk(docId)) },
        { label: t('conflict.keepMine'), tone: 'primary', onChoose: () => run(() => keepMine(docId)) },
      ]}
    >
      <p>{t('conflict.body', { path: doc?.path ?? docId })}</p>
    </ConfirmDialog>
  );
}
