import { useTranslation } from 'react-i18next';
import { useFieldContext } from './field-context';

interface RefValue {
  $ref: string;
  id?: string;
  uuid?: string;
  name?: string;
}

/**
 * Contact-center tenants reference entities by UUID (stable across tenants); the others by
 * their tenant id.
 */
function identifierKey(profile: string): 'id' | 'uuid' {
  return profile === 'contact-center' ? 'uuid' : 'id';
}

/** A reference with the given name and identifier, a placeholder when both are blank. */
function buildRef(kind: string, current: RefValue | undefined, change: Partial<Record<'id' | 'uuid' | 'name', string>>): RefValue {
  const next: RefValue = { $ref: kind };
  for (const key of ['id', 'uuid', 'name'] as const) {
    const value = key in change ? change[key] : current?.[key];
    if (value !== undefined && value !== '') next[key] = value;
  }
  return next;
}

/**
 * Picks a tenant entity: for now its name and its id (or UUID) typed in; a picker over the
 * tenant's catalog replaces this once tenants are connected. Clearing both fields leaves a
 * placeholder, or no value at all when the field is optional.
 */
export function RefPicker({ id, refKind, optional, value, onChange }: { id: string; refKind: string; optional: boolean; value: unknown; onChange: (value: RefValue | undefined) => void }) {
  const { t } = useTranslation();
  const { profile } = useFieldContext();
  const current = isRef(value) ? value : undefined;
  const key = identifierKey(profile);
  const update = (change: Partial<Record<'id' | 'uuid' | 'name', string>>) => {
    const next = buildRef(refKind, current, change);
    onChange(optional && next.id === undefined && next.uuid === undefined && next.name === undefined ? undefined : next);
  };
  return (
    <div className="fp-ref" title={t('canvas.refHint', { kind: refKind })}>
      <label className="fp-ref__part">
        <span>{t('canvas.refName')}</span>
        <input id={id} type="text" autoComplete="off" value={current?.name ?? ''} onChange={(event) => update({ name: event.target.value })} />
      </label>
      <label className="fp-ref__part fp-ref__part--id">
        <span>{key === 'uuid' ? t('canvas.refUuid') : t('canvas.refId')}</span>
        <input type="text" autoComplete="off" spellCheck={false} value={current?.[key] ?? ''} onChange={(event) => update({ [key]: event.target.value })} />
      </label>
    </div>
  );
}

/** A list of references, each with its own name and id, with add and remove. */
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

function isRef(value: unknown): value is RefValue {
  return value !== null && typeof value === 'object' && typeof (value as RefValue).$ref === 'string';
}
