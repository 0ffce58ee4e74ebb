import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_CATALOGS } from '../../../shared/catalog/registry';
import type { WorkspaceEntry } from '../../../shared/host/contract';
import { useUi } from '../ui/ui-store';
import { openFlowFile } from '../documents/document-files';
import { useLocale } from '../i18n/locale';
import { duplicateFlows } from './library-actions';
import { filterTree, isFiltering } from './library-filter';
import { buildLibraryTree, parentPath } from './library-tree';
import type { FolderItem, LibraryItem } from './library-tree';
import { useLibraryView } from './library-view-store';
import { useQueryMatches } from './use-query-matches';
import { LibraryContextMenu } from './LibraryContextMenu';
import type { MenuEntry } from './LibraryContextMenu';
import { LibraryTree } from './LibraryTree';
import { SelectAllCheckbox } from './SelectAllCheckbox';
import { countsFrom, parseFacts, useOpenDocumentFacts } from './problem-counts';
import type { LiveFacts } from './problem-counts';
import { useWorkspace } from './workspace-store';
import { labelIn } from '../i18n/catalog-text';

/** The workspace sidebar: new flow and folder, search and filters, the folder tree and its actions. */
export function LibraryPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { snapshot, status, error } = useWorkspace();
  const view = useLibraryView();
  const ui = useUi();
  const facts = useOpenDocumentFacts();
  const [menu, setMenu] = useState<{ path: string; x: number; y: number } | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  const live = useMemo(() => parseFacts(facts), [facts]);
  const entries = useMemo(() => (snapshot ? withLiveNames(snapshot.entries, live) : []), [snapshot, live]);
  const tree = useMemo(() => (snapshot ? buildLibraryTree(entries, snapshot.settings.priority) : null), [snapshot, entries]);
  const counts = useMemo(() => countsFrom(live), [live]);
  const filtering = isFiltering(view.filter);
  const matches = useQueryMatches(view.filter.query, snapshot);
  const shown = useMemo(() => (tree ? filterTree(tree, view.filter, counts, matches) : null), [tree, view.filter, counts, matches]);
  const items = useMemo(() => (tree ? indexItems(tree) : new Map<string, LibraryItem>()), [tree]);
  const selected = view.selection.paths.filter((path) => items.has(path));
  const selectedFlows = selected.filter((path) => items.get(path)?.kind === 'flow');

  const folderForNew = () => {
    const first = selected[0];
    if (first === undefined) return '';
    return items.get(first)?.kind === 'folder' ? first : parentPath(first);
  };
  const askTrash = (paths: string[]) => paths.length > 0 && ui.openDialog({ kind: 'confirmTrash', paths });
  const exportPack = (paths: string[]) => ui.openDialog({ kind: 'exportPack', paths });
  const pushToTenant = (paths: string[]) => ui.openDialog({ kind: 'push', paths });
  const moveTo = (paths: string[]) => ui.openDialog({ kind: 'moveTo', paths });

  /** An item's actions: the one list both its right-click menu and its "⋯" button show. */
  const menuEntries = (path: string): MenuEntry[] => {
    const item = items.get(path);
    const paths = selected.includes(path) ? selected : [path];
    const flows = paths.filter((p) => items.get(p)?.kind === 'flow');
    const entries: MenuEntry[] = [];
    if (item?.kind === 'flow') entries.push({ label: t('library.open'), onSelect: () => void openFlowFile(path) });
    if (item?.kind === 'folder') entries.push({ label: t('library.newFolder'), onSelect: () => ui.openDialog({ kind: 'newFolder', parent: path }) });
    entries.push({ label: t('library.rename'), onSelect: () => view.setRenaming(path), disabled: paths.length > 1 });
    entries.push({ label: t('library.duplicate'), onSelect: () => void duplicateFlows(flows), disabled: flows.length === 0 });
    entries.push({ label: t('libraryActions.moveTo'), onSelect: () => moveTo(paths) });
    if (item?.kind === 'flow') entries.push({ label: t('library.addToTemplates'), onSelect: () => ui.openDialog({ kind: 'saveTemplate', path }) });
    entries.push({ label: t('library.export'), onSelect: () => exportPack(flows), disabled: flows.length === 0 });
    entries.push({ label: t('library.push'), onSelect: () => pushToTenant(flows), disabled: flows.length === 0 });
    entries.push({ label: t('library.delete'), onSelect: () => askTrash(paths) });
    return entries;
  };

  return (
    <nav aria-label={t('library.title')} className="library panel">
      <div className="panel-header">
        <h2 className="panel-title">{t('library.title')}</h2>
        <span className="panel-subtitle" title={snapshot?.settings.description}>
          {snapshot?.settings.name ?? snapshot?.name ?? ''}
        </span>
      </div>
      <div className="library-toolbar">
        <button type="button" className="button button-primary" onClick={() => ui.openDialog({ kind: 'newFlow' })}>
          {t('library.newFlow')}
        </button>
        <button type="button" className="button" onClick={() => ui.openDialog({ kind: 'newFolder', parent: folderForNew() })}>
          {t('library.newFolder')}
        </button>
        <button type="button" className="button" onClick={() => ui.openDialog({ kind: 'importPack' })}>
          {t('library.importPack')}
        </button>
      </div>
      <div className="library-search">
        <input
          type="search"
          data-library-search
          aria-label={t('library.search')}
          placeholder={t('library.searchPlaceholder')}
          // The placeholder says what is searched; in a narrow sidebar or a longer language it may not fit, so the title holds it whole.
          title={t('library.searchPlaceholder')}
          value={view.filter.query}
          onChange={(event) => view.setFilter({ query: event.target.value })}
        />
        <div className="library-filters">
          <select aria-label={t('library.profileFilter')} value={view.filter.profile} onChange={(event) => view.setFilter({ profile: event.target.value })}>
            <option value="">{t('library.allProfiles')}</option>
            {ALL_CATALOGS.map((catalog) => (
              <option key={catalog.profile} value={catalog.profile}>
                {labelIn(catalog.labels, locale)}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={view.filter.hasProblems} onChange={(event) => view.setFilter({ hasProblems: event.target.checked })} />
            {t('library.hasProblems')}
          </label>
        </div>
        {shown && <SelectAllCheckbox root={shown} filtering={filtering} />}
      </div>
      {selected.length > 1 && (
        <div className="library-selection" role="toolbar" aria-label={t('library.selectionActions')}>
          <span className="library-selection-count">{t('library.selected', { count: selected.length })}</span>
          <button type="button" className="button button-small" disabled={selectedFlows.length === 0} onClick={() => void duplicateFlows(selectedFlows)}>
            {t('library.duplicate')}
          </button>
          <button type="button" className="button button-small" onClick={() => moveTo(selected)}>
            {t('libraryActions.moveTo')}
          </button>
          <button type="button" className="button button-small" onClick={() => askTrash(selected)}>
            {t('library.delete')}
          </button>
          <button type="button" className="button button-small" disabled={selectedFlows.length === 0} onClick={() => exportPack(selectedFlows)}>
            {t('library.export')}
          </button>
          <button type="button" className="button button-small" disabled={selectedFlows.length === 0} onClick={() => pushToTenant(selectedFlows)}>
            {t('library.push')}
          </button>
        </div>
      )}
      <div className="library-body">
        {status === 'loading' && <p className="muted">{t('library.loading')}</p>}
        {status === 'error' && (
          <p className="error-text" role="alert">
            {t('library.loadFailed', { message: error })}
          </p>
        )}
        {shown && snapshot && (
          <LibraryTree
            root={shown}
            filtering={filtering}
            counts={counts}
            entries={entries}
            priority={snapshot.settings.priority}
            menuPath={menu?.path ?? null}
            onContextMenu={(path, x, y) => setMenu({ path, x, y })}
          />
        )}
        {shown && shown.children.length === 0 && <p className="muted">{filtering ? t('library.noMatches') : t('library.empty')}</p>}
      </div>
      {menu && <LibraryContextMenu label={t('library.itemActions')} x={menu.x} y={menu.y} entries={menuEntries(menu.path)} onClose={closeMenu} />}
    </nav>
  );
}

/** The listing with open flows named as their tabs are: a rename or an edit in the top bar shows at once. */
function withLiveNames(entries: readonly WorkspaceEntry[], live: ReadonlyMap<string, LiveFacts>): WorkspaceEntry[] {
  return entries.map((entry) => {
    const name = entry.kind === 'flow' ? live.get(entry.path)?.name : undefined;
    return entry.kind === 'flow' && name !== undefined && name !== entry.summary.name ? { ...entry, summary: { ...entry.summary, name } } : entry;
  });
}

function indexItems(root: FolderItem): Map<string, LibraryItem> {
  const map = new Map<string, LibraryItem>();
  const walk = (folder: FolderItem) => {
    for (const child of folder.children) {
      map.set(child.path, child);
      if (child.kind === 'folder') walk(child);
    }
  };
  walk(root);
  return map;
}
