import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { FolderSelect } from './FolderSelect';
import { moveIntoFolder, workspacePaths } from './library-actions';
import { parentPath } from './library-tree';
import { planMove } from './move-plan';
import { describeRefusals, folderLabel, moveTitle } from './move-refusals';

/**
 * Moves files and folders into a folder chosen from the workspace's folders. The move is
 * planned first: when any item would be refused (a folder into itself, a name the folder
 * already has), the dialog says which and why and moves nothing, so another folder can be chosen.
 */
export function MoveToDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(parentPath(paths[0] ?? ''));
  const [problem, setProblem] = useState<string | null>(null);

  const move = async () => {
    const plan = planMove(paths, folder, workspacePaths());
    if (plan.refusals.length > 0) return setProblem(describeRefusals(plan.refusals, folder));
    if (plan.moves.length === 0) return setProblem(t('libraryActions.alreadyThere', { folder: folderLabel(folder) }));
    onClose();
    await moveIntoFolder(paths, folder);
  };

  return (
    <FormDialog
      title={moveTitle(paths)}
      confirmLabel={t('libraryActions.move')}
      onConfirm={move}
      onCancel={onClose}
      problem={problem}
    >
      <FolderSelect
        label={t('libraryActions.destination')}
        value={folder}
        autoFocus
        onChange={(next) => {
          setFolder(next);
          setProblem(null);
        }}
      />
    </FormDialog>
  );
}
