import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldControl } from './FieldControl';
import { useFieldContext } from './field-context';
import type { FieldSpec } from './schema-fields';
import { newListItem } from './schema-fields';
import { labelIn } from '../../i18n/catalog-text';

/** A list of short texts (choices, recipients, categories) with add and remove. */
export function StringListEditor({ id, label, value, onChange }: { id: string; label: string; value: unknown; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const items = Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String(item ?? ''))) : [];
  return (
    <div className="fp-list">
      {items.map((item, index) => (
        <div key={index} className="fp-list__row">
          <input
            type="text"
            autoComplete="off"
            aria-label={t('canvas.itemNumber', { label, index: index + 1 })}
            value={item}
            onChange={(event) => onChange(items.map((entry, i) => (i === index ? event.target.value : entry)))}
          />
          <button type="button" className="fp-list__remove" aria-label={t('canvas.removeItemNamed', { label, index: index + 1 })} onClick={() => onChange(items.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" id={id} className="fp-list__add" onClick={() => onChange([...items, ''])}>
        + {t('canvas.addItem')}
      </button>
    </div>
  );
}

/**
 * A list of objects (branch conditions, menu options, headers, opening hours): each item
 * is a small generated form with a remove button. New items get an id no other item has,
 * because ids of branches and options are port ids that edges attach to.
 */
export function ObjectListEditor({ spec, path }: { spec: Extract<FieldSpec, { kind: 'objectList' }>; path: string }) {
  const { t } = useTranslation();
  const { locale } = useFieldContext();
  const { control, getValues } = useFormContext();
  // keyName keeps react-hook-form's own row key apart from the items' `id` field, which is data.
  const { fields, append, remove } = useFieldArray({ control, name: path, keyName: '_rowKey' });
  const label = labelIn(spec.meta.label, locale);
  const compact = spec.meta.widget === 'keyValue';
  const add = () => {
    const existing = (getValues(path) as unknown[] | undefined) ?? [];
    append(newListItem(spec.item, existing, spec.key.replace(/s$/, '')));
  };
  return (
    <div className={`fp-list${compact ? ' fp-list--compact' : ''}`}>
      {fields.map((row, index) => (
        <div key={row._rowKey} className="fp-list__item" role="group" aria-label={t('canvas.itemNumber', { label, index: index + 1 })}>
          <div className="fp-list__item-fields">
            {spec.itemFields.map((child) => (
              <FieldControl key={child.key} spec={child} path={`${path}.${index}.${child.key}`} />
            ))}
          </div>
          <button type="button" className="fp-list__remove" aria-label={t('canvas.removeItemNamed', { label, index: index + 1 })} onClick={() => remove(index)}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="fp-list__add" onClick={add}>
        + {t('canvas.addItem')}
      </button>
    </div>
  );
}
