import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_FILE_SUFFIX } from '../../../shared/host/workspace-paths';
import { useDocuments } from '../documents/documents-store';
import { isHostError } from '../host/host-call-error';
import { folderNameProblem } from '../library/flow-paths';
import { FolderSelect } from '../library/FolderSelect';
import { joinPath, parentPath } from '../library/library-tree';
import { messageOf } from '../ui/message-of';
import { saveCopyAs, suggestedCopyName } from '../documents/save-copy-as';
import { FormDialog } from '../ui/FormDialog';

/**
 * Save As where there is no native Save dialog (the browser host): the file name and folder
 * are asked here, then {@link saveCopyAs} writes the copy and continues there.
 */
export function SaveAsDialog({ docId, onClose }: { docId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useDocuments((state) => state.docs[docId]);
  const [folder, setFolder] = useState(parentPath(docId));
  const [fileName, setFileName] = useState(suggestedCopyName(doc?.flow.name));
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    if (!doc) return onClose();
    const stem = fileName.trim().replace(/\.flow\.json$/, '');
    if (folderNameProblem(stem)) return setProblem(t('saveAs.badName'));
    const path = joinPath(folder, `${stem}${FLOW_FILE_SUFFIX}`);
    try {
      await saveCopyAs(docId, path);
      onClose();
    } catch (error) {
      setProblem(isHostError(error, 'EXISTS') ? t('saveAs.exists', { path }) : messageOf(error));
    }
  };

  return (
    <FormDialog
      title={t('saveAs.title')}
      confirmLabel={t('saveAs.confirm')}
      onConfirm={save}
      onCancel={onClose}
      problem={problem}
    >
      <div className="form-row">
        <label className="field field-grow">
          <span>{t('saveAs.fileName')}</span>
          <span className="input-with-suffix">
            <input value={fileName} autoFocus onChange={(event) => setFileName(event.target.value)} />
            <span className="muted">{FLOW_FILE_SUFFIX}</span>
          </span>
        </label>
        <FolderSelect label={t('newFlow.folder')} value={folder} onChange={setFolder} />
      </div>
    </FormDialog>
  );
}
