import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { trashItems } from './library-actions';
import { baseName } from './library-tree';
import { useLibraryView } from './library-view-store';
import { EMPTY_SELECTION } from './library-selection';

/** Asks before moving files and folders to the workspace trash (.flowpack/trash, recoverable by hand). */
export function ConfirmTrashDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('trash.title', { count: paths.length })}
      onCancel={onClose}
      cancelAutoFocus
      choices={[
        {
          label: t('trash.confirm'),
          tone: 'danger',
          onChoose: () => {
            onClose();
            useLibraryView.getState().setSelection(EMPTY_SELECTION);
            void trashItems(paths);
          },
        },
      ]}
    >
      <p>{t('trash.body', { count: paths.length })}</p>
      <ul className="path-list">
        {paths.slice(0, 8).map((path) => (
          <li key={path} title={path}>
            {baseName(path)}
          </li>
        ))}
        {paths.length > 8 && <li className="muted">{t('trash.more', { count: paths.length - 8 })}</li>}
      </ul>
    </ConfirmDialog>
  );
}
