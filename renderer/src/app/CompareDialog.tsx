import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { serializeDocument } from '../documents/open-document';
import { keepMine, reloadFromDisk } from '../documents/document-files';
import { collapseUnchanged, diffLines, sideBySide } from './line-diff';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Props of {@link CompareDialog}. */
export interface CompareDialogProps {
  docId: string;
  /** The file's text on disk ('' when it is gone). */
  diskText: string;
  diskRevision: string;
  onClose: () => void;
}

/** Side-by-side text of the file on disk and the editor's version, then Reload or Keep mine. */
export function CompareDialog({ docId, diskText, diskRevision, onClose }: CompareDialogProps) {
  const { t } = useTranslation();
  const doc = useDocuments((state) => state.docs[docId]);
  const mine = doc ? serializeDocument(doc) : '';
  const rows = useMemo(() => sideBySide(collapseUnchanged(diffLines(diskText, mine))), [diskText, mine]);
  const disk = diskRevision === '' ? null : { text: diskText, revision: diskRevision };

  return (
    <ConfirmDialog
      title={t('compare.title', { name: doc?.flow.name ?? docId })}
      size="wide"
      onCancel={onClose}
      cancelLabel={t('common.close')}
      choices={[
        {
          label: t('conflict.reload'),
          disabled: disk === null,
          onChoose: () => {
            onClose();
            void reloadFromDisk(docId, disk);
          },
        },
        {
          label: t('conflict.keepMine'),
          tone: 'primary',
          onChoose: () => {
            onClose();
            void keepMine(docId, disk);
          },
        },
      ]}
    >
      <div className="compare" role="table" aria-label={t('compare.table')}>
        <div className="compare-head" role="row">
          <span role="columnheader">{t('compare.disk')}</span>
          <span role="columnheader">{t('compare.mine')}</span>
        </div>
        <div className="compare-body">
          {rows.every((row) => row.kind === 'skip') && <p className="muted">{t('compare.same')}</p>}
          {rows.map((row, index) =>
            row.kind === 'skip' ? (
              <div key={index} className="compare-row compare-skip" role="row">
                <span className="compare-cell" role="cell">
                  {t('compare.unchanged', { count: row.count })}
                </span>
              </div>
            ) : (
              <div key={index} className={`compare-row compare-${row.kind}`} role="row">
                <CompareCell line={row.left} side="left" />
                <CompareCell line={row.right} side="right" />
              </div>
            ),
          )}
        </div>
      </div>
    </ConfirmDialog>
  );
}

function CompareCell({ line, side }: { line: { number: number; text: string } | undefined; side: 'left' | 'right' }) {
  return (
    <span className={`compare-cell compare-cell-${side}${line ? '' : ' is-empty'}`} role="cell">
      <span className="line-number">{line?.number ?? ''}</span>
      <code>{line?.text ?? ''}</code>
    </span>
  );
}
