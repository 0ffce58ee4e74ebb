import { useTranslation } from 'react-i18next';
import type { FlowKind } from '../../../../shared/format/profiles';
import { EntityCombobox } from './EntityCombobox';
import { useEntitySourceContext } from './entity-source';
import { useFieldContext } from './field-context';
import { buildRef, identifierKey, isRef, missingFromCatalog, refTo } from './ref-values';
import type { RefValue } from './ref-values';

type RefChange = Partial<Record<'id' | 'uuid' | 'name', string>>;

/**
 * Picks a tenant entity. With a connected tenant's catalog at hand (the form's entity source),
 * a combobox lists the entities of the field's kind and the choice sets the reference to the
 * entity's identifier and name as the catalog gives them; a reference the tenant lacks says so.
 * Without one (offline, no tenant of this profile), or by the user's choice, the name and the
 * id (or UUID) are typed. Clearing leaves a placeholder, or no value at all when the field is optional.
 */
export function RefPicker({ id, refKind, optional, flowKind, value, onChange }: {
  id: string;
  refKind: string;
  optional: boolean;
  /** For a flow reference: the kind of flow the step requires (only those are offered). */
  flowKind?: FlowKind | undefined;
  value: unknown;
  onChange: (value: RefValue | undefined) => void;
}) {
  const { t } = useTranslation();
  const { profile } = useFieldContext();
  const source = useEntitySourceContext();
  const current = isRef(value) ? value : undefined;
  const key = identifierKey(profile, refKind);
  const set = (next: RefValue) => onChange(optional && next.id === undefined && next.uuid === undefined && next.name === undefined ? undefined : next);
  const update = (change: RefChange) => set(buildRef(refKind, current, change));
  if (source?.view.state !== 'ready') return <TypedRef id={id} refKind={refKind} idKey={key} current={current} onChange={update} />;
  const { tenant, catalog } = source.view;
  const identifier = current?.[key];
  const filled = current !== undefined && (current.id !== undefined || current.uuid !== undefined || current.name !== undefined);
  const missing = current !== undefined && missingFromCatalog(current, profile, catalog);
  const metaId = `${id}-entity`;
  return (
    <div className="fp-ref-picker">
      <div className="fp-ref-picker__row">
        <EntityCombobox id={id} kind={refKind} flowKind={flowKind} profile={profile} catalog={catalog} tenant={tenant} value={current} onPick={(entity) => set(refTo(refKind, profile, entity))} describedBy={filled ? metaId : undefined} />
        {filled && (
          <button type="button" className="fp-button fp-ref-picker__clear" title={t('canvas.entities.clearHint')} onClick={() => update({ id: '', uuid: '', name: '' })}>
            {t('canvas.entities.clear')}
          </button>
        )}
      </div>
      {filled && (
        <p id={metaId} className="fp-ref-picker__meta">
          {identifier !== undefined && <span className="fp-ref-picker__identifier">{identifier}</span>}
          {missing && <span className="fp-ref-picker__missing">{t('canvas.entities.notOn', { tenant })}</span>}
        </p>
      )}
      <details className="fp-ref-picker__typed">
        <summary>{key === 'uuid' ? t('canvas.entities.typeUuid') : t('canvas.entities.typeId')}</summary>
        <TypedRef id={`${id}-typed`} refKind={refKind} idKey={key} current={current} onChange={update} />
      </details>
    </div>
  );
}

/** The reference's name and identifier as two text boxes. */
function TypedRef({ id, refKind, idKey, current, onChange }: { id: string; refKind: string; idKey: 'id' | 'uuid'; current: RefValue | undefined; onChange: (change: RefChange) => void }) {
  const { t } = useTranslation();
  return (
    <div className="fp-ref" title={t('canvas.refHint', { kind: refKind })}>
      <label className="fp-ref__part">
        <span>{t('canvas.refName')}</span>
        <input id={id} type="text" autoComplete="off" value={current?.name ?? ''} onChange={(event) => onChange({ name: event.target.value })} />
      </label>
      <label className="fp-ref__part fp-ref__part--id">
        <span>{idKey === 'uuid' ? t('canvas.refUuid') : t('canvas.refId')}</span>
        <input type="text" autoComplete="off" spellCheck={false} value={current?.[idKey] ?? ''} onChange={(event) => onChange({ [idKey]: event.target.value })} />
      </label>
    </div>
  );
}

/** A list of references, each picked (or typed) on its own, with add and remove. */
export function RefListEditor({ id, refKind, label, value, onChange }: { id: string; refKind: string; label: string; value: unknown; onChange: (value: RefValue[]) => void }) {
  const { t } = useTranslation();
  const items = Array.isArray(value) ? (value as RefValue[]) : [];
  return (
    <div className="fp-list">
      {items.map((item, index) => (
        <div key={index} className="fp-list__row" role="group" aria-label={t('canvas.itemNumber', { label, index: index + 1 })}>
          <RefPicker id={`${id}-${index}`} refKind={refKind} optional={false} value={item} onChange={(next) => onChange(items.map((entry, i) => (i === index ? next! : entry)))} />
          <button type="button" className="fp-list__remove" aria-label={t('canvas.removeItemNamed', { label, index: index + 1 })} onClick={() => onChange(items.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" id={id} className="fp-list__add" onClick={() => onChange([...items, { $ref: refKind }])}>
        + {t('canvas.addItem')}
      </button>
    </div>
  );
}
