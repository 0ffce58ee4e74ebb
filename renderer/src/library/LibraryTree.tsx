import { useMemo, useState } from 'react';
import type { CSSProperties, DragEvent, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profileCatalog } from '../../../shared/catalog/registry';
import { isProfile } from '../../../shared/format/profiles';
import type { WorkspaceEntry } from '../../../shared/host/contract';
import { openFlowFile } from '../documents/document-files';
import { useUi } from '../ui/ui-store';
import { useDocuments } from '../documents/documents-store';
import { useLocale } from '../i18n/locale';
import { dropOnFlow, dropOnFolder, draggedPaths, endLibraryDrag, startLibraryDrag } from './library-drag';
import { visibleRows } from './library-filter';
import type { ProblemCounts } from './library-filter';
import { clickSelection } from './library-selection';
import { parentPath } from './library-tree';
import type { FolderItem, LibraryItem } from './library-tree';
import { useLibraryView } from './library-view-store';
import { LibraryRow } from './LibraryRow';
import { renameItem } from './rename-item';
import { describeProblems } from '../problems/problem-summary';
import { labelIn } from '../i18n/catalog-text';

/** Props of {@link LibraryTree}. */
export interface LibraryTreeProps {
  root: FolderItem;
  filtering: boolean;
  counts: ProblemCounts;
  entries: readonly WorkspaceEntry[];
  priority: readonly string[];
  /** The item whose actions menu is open, if any. */
  menuPath: string | null;
  onContextMenu: (path: string, x: number, y: number) => void;
}

/**
 * The workspace as an ARIA tree: arrow keys move, Right/Left open and close folders, Enter
 * opens a flow, Space adds or removes the item from the selection, F2 renames, Delete moves
 * the selection to the trash, the Menu key or Shift+F10 opens the actions menu; each row's
 * checkbox (or Ctrl/Cmd- and Shift-click) selects several; each row's "⋯" button opens the
 * same menu as a right-click; items drag onto folders (move) and onto flows (priority order).
 */
export function LibraryTree({ root, filtering, counts, entries, priority, menuPath, onContextMenu }: LibraryTreeProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const view = useLibraryView();
  const activeId = useDocuments((state) => state.activeId);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const rows = useMemo(() => visibleRows(root, view.collapsed, filtering), [root, view.collapsed, filtering]);
  const rowPaths = useMemo(() => rows.map((row) => row.item.path), [rows]);
  const focused = view.focused !== null && rowPaths.includes(view.focused) ? view.focused : (rowPaths[0] ?? null);

  const isOpen = (item: LibraryItem) => item.kind === 'folder' && (filtering || !view.collapsed.has(item.path));

  const focusPath = (path: string | undefined) => {
    if (path === undefined) return;
    view.setFocused(path);
    document.querySelector<HTMLElement>(`[role="treeitem"][data-path="${CSS.escape(path)}"]`)?.focus();
  };

  const activateItem = (item: LibraryItem) => {
    if (item.kind === 'flow') void openFlowFile(item.path);
    else view.toggleFolder(item.path);
  };

  /** Opens the actions menu of an item at a point; like a right-click, it acts on the selection when the item is in it. */
  const openMenu = (item: LibraryItem, x: number, y: number) => {
    if (!view.selection.paths.includes(item.path)) view.setSelection(clickSelection(view.selection, item.path, { toggle: false, range: false }, rowPaths));
    onContextMenu(item.path, x, y);
  };

  const onItemCheck = (event: MouseEvent, item: LibraryItem) => {
    view.setSelection(clickSelection(view.selection, item.path, { toggle: true, range: event.shiftKey }, rowPaths));
    focusPath(item.path);
  };

  const onItemClick = (event: MouseEvent, item: LibraryItem) => {
    if (!ownsEvent(event)) return;
    const modifiers = { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey };
    view.setSelection(clickSelection(view.selection, item.path, modifiers, rowPaths));
    view.setFocused(item.path);
    if (!modifiers.toggle && !modifiers.range) activateItem(item);
  };

  const onItemKeyDown = (event: KeyboardEvent, item: LibraryItem) => {
    if (!ownsEvent(event)) return;
    const index = rowPaths.indexOf(item.path);
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return focusPath(rowPaths[index + 1]);
      case 'ArrowUp':
        handled();
        return focusPath(rowPaths[index - 1]);
      case 'Home':
        handled();
        return focusPath(rowPaths[0]);
      case 'End':
        handled();
        return focusPath(rowPaths[rowPaths.length - 1]);
      case 'ArrowRight':
        handled();
        if (item.kind === 'folder' && !isOpen(item)) return view.toggleFolder(item.path, true);
        if (item.kind === 'folder') return focusPath(item.children[0]?.path);
        return;
      case 'ArrowLeft':
        handled();
        if (item.kind === 'folder' && isOpen(item) && !filtering) return view.toggleFolder(item.path, false);
        return focusPath(parentPath(item.path) || undefined);
      case 'Enter':
        handled();
        view.setSelection(clickSelection(view.selection, item.path, { toggle: false, range: false }, rowPaths));
        return activateItem(item);
      case ' ':
        // As the checkbox does: Space adds or removes this item, Shift+Space adds the range up to it.
        handled();
        return view.setSelection(clickSelection(view.selection, item.path, { toggle: true, range: event.shiftKey }, rowPaths));
      case 'F2':
        handled();
        return view.setRenaming(item.path);
      case 'Delete': {
        handled();
        const paths = view.selection.paths.includes(item.path) ? [...view.selection.paths] : [item.path];
        return useUi.getState().openDialog({ kind: 'confirmTrash', paths });
      }
      case 'F10':
      case 'ContextMenu': {
        if (event.key === 'F10' && !event.shiftKey) return;
        handled();
        const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
        return openMenu(item, box.left + 24, box.top + 20);
      }
    }
  };

  const onDragStart = (event: DragEvent, item: LibraryItem) => {
    if (!ownsEvent(event)) return;
    const paths = view.selection.paths.includes(item.path) ? view.selection.paths : [item.path];
    startLibraryDrag(event, paths);
  };

  const onDragOver = (event: DragEvent, item: LibraryItem) => {
    if (!ownsEvent(event) || draggedPaths().length === 0 || draggedPaths().includes(item.path)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(item.path);
  };

  const onDrop = (event: DragEvent, item: LibraryItem) => {
    if (!ownsEvent(event)) return;
    event.preventDefault();
    setDropTarget(null);
    if (item.kind === 'folder') void dropOnFolder(item.path);
    else void dropOnFlow(item.path, entries, priority);
  };

  const renderItem = (item: LibraryItem, level: number) => {
    const open = isOpen(item);
    const selected = view.selection.paths.includes(item.path);
    const name = item.kind === 'folder' ? item.name : item.summary.name;
    const description =
      item.kind === 'flow'
        ? `${isProfile(item.summary.profile) ? labelIn(profileCatalog(item.summary.profile).labels, locale) : item.summary.profile}, ${describeProblems(t, counts(item.summary, item.path))}`
        : undefined;
    const classes = ['tree-item', selected && 'is-selected', dropTarget === item.path && `drop-${item.kind}`].filter(Boolean).join(' ');
    return (
      <li
        key={item.path}
        role="treeitem"
        className={classes}
        data-path={item.path}
        aria-label={name}
        aria-description={description}
        aria-level={level}
        aria-selected={selected}
        aria-expanded={item.kind === 'folder' ? open : undefined}
        tabIndex={item.path === focused ? 0 : -1}
        draggable={view.renaming !== item.path}
        style={{ '--tree-level': level } as CSSProperties}
        onClick={(event) => onItemClick(event, item)}
        onKeyDown={(event) => onItemKeyDown(event, item)}
        onContextMenu={(event) => {
          if (!ownsEvent(event)) return;
          event.preventDefault();
          openMenu(item, event.clientX, event.clientY);
        }}
        onFocus={(event) => ownsEvent(event) && view.setFocused(item.path)}
        onDragStart={(event) => onDragStart(event, item)}
        onDragOver={(event) => onDragOver(event, item)}
        onDragLeave={(event) => ownsEvent(event) && setDropTarget((current) => (current === item.path ? null : current))}
        onDrop={(event) => onDrop(event, item)}
        onDragEnd={() => {
          endLibraryDrag();
          setDropTarget(null);
        }}
      >
        <LibraryRow
          item={item}
          counts={counts}
          open={open}
          active={item.kind === 'flow' && item.path === activeId}
          renaming={view.renaming === item.path}
          selected={selected}
          menuOpen={menuPath === item.path}
          onToggle={() => view.toggleFolder(item.path)}
          onCheck={(event) => onItemCheck(event, item)}
          onMenu={(button) => {
            // The menu returns focus to the item when it closes.
            focusPath(item.path);
            const box = button.getBoundingClientRect();
            openMenu(item, box.left, box.bottom + 2);
          }}
          onRename={(newName) => {
            view.setRenaming(null);
            if (newName !== null) void renameItem(item, newName);
          }}
        />
        {item.kind === 'folder' && open && item.children.length > 0 && (
          <ul role="group">{item.children.map((child) => renderItem(child, level + 1))}</ul>
        )}
      </li>
    );
  };

  return (
    <ul
      role="tree"
      aria-label={t('library.treeLabel')}
      aria-multiselectable="true"
      className={`library-tree${dropTarget === '' ? ' drop-root' : ''}${view.selection.paths.length > 1 ? ' is-multiselect' : ''}`}
      onDragOver={(event) => {
        if (event.target !== event.currentTarget || draggedPaths().length === 0) return;
        event.preventDefault();
        setDropTarget('');
      }}
      onDrop={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        setDropTarget(null);
        void dropOnFolder('');
      }}
    >
      {root.children.map((item) => renderItem(item, 1))}
    </ul>
  );
}

/** Handlers sit on nested treeitems: each acts only for events from its own row, not its children's. */
function ownsEvent(event: { target: EventTarget; currentTarget: EventTarget }): boolean {
  return (event.target as Element).closest('[role="treeitem"]') === event.currentTarget;
}
