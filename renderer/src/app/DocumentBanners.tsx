import { useTranslation } from 'react-i18next';
import { useDiffMarks } from '../documents/diff-marks';
import { useDocuments } from '../documents/documents-store';
import { closeNow, keepMine, readDisk, reloadFromDisk } from '../documents/document-files';
import { useUi } from '../ui/ui-store';

/**
 * Banners above the canvas: a file of a newer format (or not a flow) is read-only, and a
 * file that changed on disk while the tab had unsaved edits asks what to do.
 */
export function DocumentBanners({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const readOnlyReason = useDocuments((state) => state.docs[docId]?.readOnlyReason ?? null);
  const change = useUi((state) => state.externalChanges[docId]);
  const path = useDocuments((state) => state.docs[docId]?.path);
  const diff = useDiffMarks((state) => (path === undefined ? undefined : state.byPath[path]));

  return (
    <>
      {diff && path !== undefined && (
        <div className="banner banner-info" role="status">
          <span>
            {t('banner.diffShown', { against: diff.against })}
            {diff.removed.steps.length > 0 && ` ${t('banner.diffRemoved', { against: diff.against, names: diff.removed.steps.map((step) => step.name || step.id).join(', ') })}`}
          </span>
          <div className="banner-actions">
            <button type="button" className="button button-small" onClick={() => useDiffMarks.getState().clear(path)}>
              {t('banner.diffClear')}
            </button>
          </div>
        </div>
      )}
      {readOnlyReason !== null && (
        <div className="banner banner-warning" role="status">
          <strong>{t('banner.readOnly')}</strong> <span>{readOnlyReason}</span>
        </div>
      )}
      {change && !change.deleted && (
        <div className="banner banner-warning" role="alert">
          <span>{t('banner.changedOnDisk')}</span>
          <div className="banner-actions">
            <button type="button" className="button button-small" onClick={() => void reloadFromDisk(docId, change)}>
              {t('conflict.reload')}
            </button>
            <button type="button" className="button button-small" onClick={() => void keepMine(docId, change)}>
              {t('conflict.keepMine')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => useUi.getState().openDialog({ kind: 'compare', docId, diskText: change.text, diskRevision: change.revision })}
            >
              {t('conflict.compare')}
            </button>
          </div>
        </div>
      )}
      {change?.deleted && (
        <div className="banner banner-warning" role="alert">
          <span>{t('banner.deletedOnDisk')}</span>
          <div className="banner-actions">
            <button type="button" className="button button-small" onClick={() => void keepMine(docId, null)}>
              {t('banner.saveAgain')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={async () => {
                // It may have come back meanwhile (an undo in another program): then just reload.
                const disk = await readDisk(useDocuments.getState().docs[docId]?.path ?? docId).catch(() => null);
                if (disk) await reloadFromDisk(docId, disk);
                else closeNow(docId);
              }}
            >
              {t('banner.closeTab')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
