import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { closeNow, saveDocument } from '../documents/document-files';
import { ModalDialog } from '../ui/ModalDialog';

/** Closing a tab with unsaved changes: Save / Don't save / Cancel. */
export function CloseTabDialog({ docId, onClose }: { docId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useDocuments((state) => state.docs[docId]?.flow.name ?? docId);
  return (
    <ModalDialog
      title={t('closeTab.title', { name })}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              onClose();
              closeNow(docId);
            }}
          >
            {t('closeTab.discard')}
          </button>
          <button
            type="button"
            className="button button-primary"
            autoFocus
            onClick={async () => {
              onClose();
              // A failed save (or a conflict, which opens its own dialog) keeps the tab open.
              if (await saveDocument(docId)) closeNow(docId);
            }}
          >
            {t('closeTab.save')}
          </button>
        </>
      }
    >
      <p>{t('closeTab.body')}</p>
    </ModalDialog>
  );
}
