import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import { trashItems } from './library-actions';
import { baseName } from './library-tree';
import { useLibraryView } from './library-view-store';
import { EMPTY_SELECTION } from './library-selection';

/** Asks before moving files and folders to the workspace trash (.flowpack/trash, recoverable by hand). */
export function ConfirmTrashDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={t('trash.title', { count: paths.length })}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              onClose();
              useLibraryView.getState().setSelection(EMPTY_SELECTION);
              void trashItems(paths);
            }}
          >
            {t('trash.confirm')}
          </button>
        </>
      }
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
    </ModalDialog>
  );
}
