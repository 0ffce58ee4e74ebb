import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildLibraryTree, folderPaths } from './library-tree';
import { useWorkspace } from './workspace-store';

/** A field choosing a folder of the open workspace ('' for its root), as new files are placed. */
export function FolderSelect({
  label,
  value,
  onChange,
  disabled = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (folder: string) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const snapshot = useWorkspace((state) => state.snapshot);
  const folders = useMemo(() => (snapshot ? folderPaths(buildLibraryTree(snapshot.entries, [])) : []), [snapshot]);
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} disabled={disabled} autoFocus={autoFocus} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('newFlow.rootFolder')}</option>
        {folders.map((path) => (
          <option key={path} value={path}>
            {path}
          </option>
        ))}
      </select>
    </label>
  );
}
