import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { serializeDocument } from '../documents/open-document';
import { templateActions } from '../library/template-actions';
import { readDisk } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { FormDialog } from '../ui/FormDialog';
import { useUi } from '../ui/ui-store';

/** Adds a flow to the user's templates (kept in the app's data folder), under a name of their choice. */
export function SaveTemplateDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const openName = useDocuments((state) => state.docs[path]?.flow.name);
  const [name, setName] = useState(openName ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (name.trim() === '') return setProblem(t('newFlow.nameRequired'));
    setBusy(true);
    try {
      // An open flow is stored as the editor shows it; a closed one as it is on disk.
      const doc = useDocuments.getState().docs[path];
      const text = doc ? serializeDocument(doc) : (await readDisk(path))?.text;
      if (text === undefined) throw new Error(t('notice.fileGone', { path }));
      await templateActions.saveTemplate(name.trim(), text);
      onClose();
      useUi.getState().notify(t('template.saved', { name: name.trim() }));
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('template.title')}
      confirmLabel={t('template.confirm')}
      onConfirm={save}
      onCancel={onClose}
      problem={problem}
      busy={busy}
    >
      <p className="muted">{t('template.body')}</p>
      <label className="field">
        <span>{t('template.name')}</span>
        <input value={name} autoFocus maxLength={200} onChange={(event) => setName(event.target.value)} />
      </label>
    </FormDialog>
  );
}
