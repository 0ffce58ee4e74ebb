import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleRows } from './library-filter';
import { EMPTY_SELECTION } from './library-selection';
import type { FolderItem } from './library-tree';
import { useLibraryView } from './library-view-store';

/**
 * Selects or deselects every flow the tree shows (not folders, and not flows inside closed
 * folders, so nothing unseen is acted on). Checked when all are selected, mixed when some are.
 */
export function SelectAllCheckbox({ root, filtering }: { root: FolderItem; filtering: boolean }) {
  const { t } = useTranslation();
  const view = useLibraryView();
  const ref = useRef<HTMLInputElement>(null);
  const flows = visibleRows(root, view.collapsed, filtering).flatMap((row) => (row.item.kind === 'flow' ? [row.item.path] : []));
  const selectedCount = flows.filter((path) => view.selection.paths.includes(path)).length;
  const all = flows.length > 0 && selectedCount === flows.length;
  const some = selectedCount > 0 && !all;

  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);

  return (
    <label className="checkbox library-select-all">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        disabled={flows.length === 0}
        onChange={() => view.setSelection(all ? EMPTY_SELECTION : { paths: flows, anchor: flows[0] ?? null })}
      />
      {t('libraryActions.selectAll')}
    </label>
  );
}
