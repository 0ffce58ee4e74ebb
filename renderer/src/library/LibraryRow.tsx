import { useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProfile } from '../../../shared/format/profiles';
import { profileCatalog } from '../../../shared/catalog/registry';
import { Icon } from '../ui/icons';
import { useLocale } from '../i18n/locale';
import type { ProblemCounts } from './library-filter';
import type { LibraryItem } from './library-tree';
import { labelIn } from '../i18n/catalog-text';

/** Props of {@link LibraryRow}. */
export interface LibraryRowProps {
  item: LibraryItem;
  counts: ProblemCounts;
  open: boolean;
  active: boolean;
  renaming: boolean;
  /** Whether the item is in the selection: its checkbox shows it. */
  selected: boolean;
  /** The row's "⋯" button holds the actions menu open. */
  menuOpen: boolean;
  onToggle: () => void;
  onRename: (name: string | null) => void;
  /** A click on the checkbox: adds or removes the item (Shift: a range), never opens it. */
  onCheck: (event: MouseEvent) => void;
  /** A click on the "⋯" button: opens the actions menu under it. */
  onMenu: (button: HTMLElement) => void;
}

/**
 * The visible line of one tree item: twisty, selection checkbox, icon, name, profile and
 * problem badges (or the rename box), and the "⋯" actions button. The checkbox and the button
 * are out of the tab order: the tree keeps one tab stop, where Space selects and the Menu key
 * (or Shift+F10) opens the same menu.
 */
export function LibraryRow({ item, counts, open, active, renaming, selected, menuOpen, onToggle, onRename, onCheck, onMenu }: LibraryRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = item.kind === 'folder' ? item.name : item.summary.name;
  return (
    <div className={`tree-row tree-row-${item.kind}${active ? ' is-active' : ''}`}>
      {item.kind === 'folder' ? (
        <span
          className={`tree-twisty${open ? ' is-open' : ''}`}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle();
          }}
        />
      ) : (
        <span className="tree-twisty tree-twisty-none" aria-hidden="true" />
      )}
      <input
        type="checkbox"
        className="tree-check"
        tabIndex={-1}
        checked={selected}
        aria-label={t('libraryActions.selectItem', { name })}
        // Focus stays on the tree item, where the keyboard works the tree.
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          event.stopPropagation();
          onCheck(event);
        }}
        // The selection store decides the state; the click above already changed it.
        onChange={() => undefined}
      />
      {item.kind === 'folder' ? (
        <span className="tree-icon tree-icon-folder" aria-hidden="true" />
      ) : (
        <span className="tree-icon tree-icon-flow">
          <Icon name="flow" />
        </span>
      )}
      {renaming ? (
        <RenameBox initial={name} label={t('library.newName')} onDone={onRename} />
      ) : item.kind === 'folder' ? (
        <span className="tree-name" title={name}>{name}</span>
      ) : (
        <span className="tree-text">
          <span className="tree-name" title={name}>{name}</span>
          <span className="tree-meta" aria-hidden="true">
            <span className="tree-profile" data-profile={item.summary.profile}>
              {isProfile(item.summary.profile) ? labelIn(profileCatalog(item.summary.profile).labels, locale) : item.summary.profile}
            </span>
            <ProblemBadges {...counts(item.summary, item.path)} />
          </span>
        </span>
      )}
      {!renaming && (
        <button
          type="button"
          className="tree-more"
          tabIndex={-1}
          aria-label={t('libraryActions.moreActions', { name })}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.stopPropagation();
            onMenu(event.currentTarget);
          }}
        >
          ⋯
        </button>
      )}
    </div>
  );
}

function ProblemBadges({ errors, warnings }: { errors: number; warnings: number }) {
  return (
    <>
      {errors > 0 && <span className="badge badge-error">{errors}</span>}
      {warnings > 0 && <span className="badge badge-warning">{warnings}</span>}
    </>
  );
}

function RenameBox({ initial, label, onDone }: { initial: string; label: string; onDone: (name: string | null) => void }) {
  const [value, setValue] = useState(initial);
  const finish = (commit: boolean) => onDone(commit && value.trim() !== '' && value !== initial ? value.trim() : null);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(true);
    if (event.key === 'Escape') finish(false);
  };
  return (
    <input
      className="tree-rename"
      aria-label={label}
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
