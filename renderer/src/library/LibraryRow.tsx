import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProfile } from '../../../shared/format/profiles';
import { profileCatalog } from '../../../shared/catalog/registry';
import { useLocale } from '../i18n/locale';
import type { ProblemCounts } from './library-filter';
import type { LibraryItem } from './library-tree';

/** Props of {@link LibraryRow}. */
export interface LibraryRowProps {
  item: LibraryItem;
  counts: ProblemCounts;
  open: boolean;
  active: boolean;
  renaming: boolean;
  onToggle: () => void;
  onRename: (name: string | null) => void;
}

/** The visible line of one tree item: twisty, icon, name, profile and problem badges (or the rename box). */
export function LibraryRow({ item, counts, open, active, renaming, onToggle, onRename }: LibraryRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = item.kind === 'folder' ? item.name : item.summary.name;
  return (
    <div className={`tree-row${active ? ' is-active' : ''}`}>
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
      <span className={`tree-icon tree-icon-${item.kind}`} aria-hidden="true" />
      {renaming ? (
        <RenameBox initial={name} label={t('library.newName')} onDone={onRename} />
      ) : item.kind === 'folder' ? (
        <span className="tree-name">{name}</span>
      ) : (
        <span className="tree-text">
          <span className="tree-name">{name}</span>
          <span className="tree-meta" aria-hidden="true">
            <span className="tree-profile" data-profile={item.summary.profile}>
              {isProfile(item.summary.profile) ? profileCatalog(item.summary.profile).labels[locale] : item.summary.profile}
            </span>
            <ProblemBadges {...counts(item.summary, item.path)} />
          </span>
        </span>
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
