import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { folderNameProblem } from './flow-paths';
import { FolderSelect } from './FolderSelect';
import { createFolder } from './library-actions';

/** Names a new folder, inside `parent` ('' for the workspace root) unless another parent is chosen. */
export function NewFolderDialog({ parent, onClose }: { parent: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(parent);
  const [problem, setProblem] = useState<string | null>(null);

  const create = async () => {
    const issue = folderNameProblem(name);
    if (issue) return setProblem(t(issue === 'empty' ? 'library.folderNameEmpty' : 'library.folderNameInvalid'));
    onClose();
    await createFolder(folder, name);
  };

  return (
    <FormDialog
      title={t('library.newFolder')}
      confirmLabel={t('common.create')}
      onConfirm={create}
      onCancel={onClose}
      problem={problem}
    >
      <label className="field">
        <span>{t('library.folderName')}</span>
        <input value={name} autoFocus onChange={(event) => setName(event.target.value)} />
      </label>
      <FolderSelect label={t('libraryActions.parentFolder')} value={folder} onChange={setFolder} />
    </FormDialog>
  );
}
