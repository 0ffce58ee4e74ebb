import { useEffect, useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefKind } from '../../../../shared/format/entity-ref';
import type { FlowKind, Profile } from '../../../../shared/format/profiles';
import type { CatalogSnapshot } from '../../../../shared/import/catalog-snapshot';
import { pickerOptions, sortedEntities } from '../../packs/picker-options';
import type { PickerEntity } from '../../packs/picker-options';
import { comboboxKey } from './combobox-keys';
import type { ComboboxState } from './combobox-keys';
import { canReference, identifierKey } from './ref-values';
import type { RefValue } from './ref-values';

/** Options the list shows at a time: enough to scan, few enough to render at every keystroke; typing reaches the rest. */
const WINDOW = 50;

const CLOSED: ComboboxState = { open: false, active: -1 };

interface EntityComboboxProps {
  id: string;
  kind: string;
  /** Only flows of this kind are offered (a step that calls a reusable flow). */
  flowKind?: FlowKind | undefined;
  profile: Profile;
  catalog: CatalogSnapshot;
  /** The connection's name, in the list's label and the "nothing matches" line. */
  tenant: string;
  value: RefValue | undefined;
  onPick: (entity: PickerEntity) => void;
  describedBy?: string | undefined;
}

/**
 * An editable combobox over the tenant's entities of one kind (the WAI-ARIA pattern: the input
 * keeps focus, a listbox pops up, Down/Up/Enter/Escape). Typing filters by name (case and
 * accents ignored) or finds a pasted id or UUID; the list shows a window of the matches. Each
 * option gives the name and, dimmed, the identifier the reference will carry.
 */
export function EntityCombobox({ id, kind, flowKind, profile, catalog, tenant, value, onPick, describedBy }: EntityComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const key = identifierKey(profile, kind);
  const entities = useMemo(
    () => sortedEntities(catalog, kind as RefKind).filter((entity) => canReference(kind, profile, entity) && (flowKind === undefined || entity.kind === flowKind)),
    [catalog, kind, profile, flowKind],
  );
  /** What the user typed since focusing; null shows the reference's own name. */
  const [query, setQuery] = useState<string | null>(null);
  const [state, setState] = useState<ComboboxState>(CLOSED);
  const { listed, more } = useMemo(() => (state.open ? pickerOptions(entities, query ?? '', '', WINDOW) : { listed: [], more: 0 }), [state.open, entities, query]);
  const optionId = (index: number) => `${listId}-option-${index}`;
  const current = value?.[key];
  const activeId = state.open && state.active >= 0 ? optionId(state.active) : undefined;

  useEffect(() => {
    if (activeId !== undefined) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const pick = (entity: PickerEntity) => {
    onPick(entity);
    setQuery(null);
    setState(CLOSED);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const outcome = comboboxKey(event.key, state, listed.length);
    if (outcome.handled) {
      event.preventDefault();
      event.stopPropagation();
      setState(outcome.state);
      if (outcome.choose !== undefined) pick(listed[outcome.choose]!);
    } else if (event.key === 'Escape' && query !== null) {
      // A second Escape gives up the search and shows the reference again.
      event.stopPropagation();
      setQuery(null);
    }
  };

  return (
    <div className="fp-combo">
      <div className="fp-combo__field">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-label={t('canvas.entities.pickOn', { tenant })}
          aria-expanded={state.open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('canvas.entities.placeholder', { tenant })}
          value={query ?? value?.name ?? ''}
          onChange={(event) => {
            setQuery(event.target.value);
            setState({ open: true, active: event.target.value.trim() === '' ? -1 : 0 });
          }}
          onKeyDown={onKeyDown}
          onClick={() => setState((now) => (now.open ? now : { open: true, active: -1 }))}
          onBlur={() => {
            setQuery(null);
            setState(CLOSED);
          }}
        />
        <button
          type="button"
          className="fp-combo__toggle"
          tabIndex={-1}
          aria-label={t('canvas.entities.showList')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setState((now) => (now.open ? CLOSED : { open: true, active: -1 }))}
        >
          ▾
        </button>
      </div>
      <div className="fp-combo__popup" hidden={!state.open}>
        <ul id={listId} role="listbox" aria-label={t('canvas.entities.listOf', { tenant })}>
          {listed.map((entity, index) => (
            <li
              key={entity.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === state.active}
              className={entity[key] !== undefined && entity[key] === current ? 'fp-combo__option fp-combo__option--current' : 'fp-combo__option'}
              // The input keeps focus: a click chooses without blurring it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(entity)}
              onMouseMove={() => index !== state.active && setState({ open: true, active: index })}
            >
              <span className="fp-combo__name">{entity.name}</span>
              <span className="fp-combo__id">{entity[key]}</span>
            </li>
          ))}
        </ul>
        {listed.length === 0 && <p className="fp-combo__note">{(query ?? '').trim() === '' ? t('canvas.entities.empty', { tenant }) : t('canvas.entities.noMatch', { tenant, query: query!.trim() })}</p>}
        {more > 0 && <p className="fp-combo__note">{t('canvas.entities.more', { count: more })}</p>}
      </div>
    </div>
  );
}
