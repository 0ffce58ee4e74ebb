import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeFlow } from '../../../shared/format/flow-file';
import { FLOW_FILE_SUFFIX } from '../../../shared/host/workspace-paths';
import { useDocuments } from '../documents/documents-store';
import { serializeDocument } from '../documents/open-document';
import { hostClient } from '../host/host-client';
import { isHostError } from '../host/host-call-error';
import { copyOfFlow, parseFlowText } from '../library/library-actions';
import { folderNameProblem, slugify } from '../library/flow-paths';
import { FolderSelect } from '../library/FolderSelect';
import { joinPath, parentPath } from '../library/library-tree';
import { closeNow, messageOf } from './document-files';
import { FormDialog } from './FormDialog';

/**
 * Save As: writes the editor's content to a new file and continues there. The copy gets a
 * new flow id, because the original file stays and two files must not claim one flow.
 */
export function SaveAsDialog({ docId, onClose }: { docId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useDocuments((state) => state.docs[docId]);
  const [folder, setFolder] = useState(parentPath(docId));
  const [fileName, setFileName] = useState(`${slugify(doc?.flow.name ?? 'flow')}-copy`);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    if (!doc) return onClose();
    const stem = fileName.trim().replace(/\.flow\.json$/, '');
    if (folderNameProblem(stem)) return setProblem(t('saveAs.badName'));
    const path = joinPath(folder, `${stem}${FLOW_FILE_SUFFIX}`);
    try {
      const flow = copyOfFlow(parseFlowText(serializeDocument(doc)), doc.flow.name);
      const text = serializeFlow(flow);
      const { revision } = await hostClient.call('flow:write', { path, text, baseRevision: null });
      onClose();
      // The original keeps its unsaved edits in the journal until closed; they now live in the copy.
      closeNow(docId);
      useDocuments.getState().openDocument({ path, text, revision });
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
