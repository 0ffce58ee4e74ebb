import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { closeNow, saveDocument } from '../documents/document-files';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Closing a tab with unsaved changes: Save / Don't save / Cancel. */
export function CloseTabDialog({ docId, onClose }: { docId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useDocuments((state) => state.docs[docId]?.flow.name ?? docId);
  return (
    <ConfirmDialog
      title={t('closeTab.title', { name })}
      onCancel={onClose}
      choices={[
        {
          label: t('closeTab.discard'),
          tone: 'danger',
          onChoose: () => {
            onClose();
            closeNow(docId);
          },
        },
        {
          label: t('closeTab.save'),
          tone: 'primary',
          autoFocus: true,
          onChoose: async () => {
            onClose();
            // A failed save (or a conflict, which opens its own dialog) keeps the tab open.
            if (await saveDocument(docId)) closeNow(docId);
          },
        },
      ]}
    >
      <p>{t('closeTab.body')}</p>
    </ConfirmDialog>
  );
}
