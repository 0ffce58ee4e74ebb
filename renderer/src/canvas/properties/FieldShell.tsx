import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMeta } from '../../../../shared/catalog/types';
import { fieldId, useFieldContext } from './field-context';
import { labelIn } from '../../i18n/catalog-text';

/**
 * A field's label, help and problems around its control. The label is exactly the field's
 * label in the current language (the required mark sits outside it, so the accessible
 * name stays the label).
 */
export function FieldShell({ path, meta, problems, children, group = false }: { path: string; meta: FieldMeta; problems: string[]; children: ReactNode; group?: boolean }) {
  const { t } = useTranslation();
  const { locale, idPrefix } = useFieldContext();
  const id = fieldId(idPrefix, path);
  const label = labelIn(meta.label, locale);
  const required = meta.required ? (
    <span className="fp-field__required" title={t('canvas.required')} aria-hidden="true">
      *
    </span>
  ) : null;
  const footer = (
    <>
      {meta.help && (
        <p id={`${id}-help`} className="fp-field__help">
          {labelIn(meta.help, locale)}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="fp-field__problems">
          {problems.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset className={`fp-field fp-field--group${problems.length > 0 ? ' fp-field--invalid' : ''}`} aria-describedby={describedBy(id, meta, problems)}>
        <legend className="fp-field__label">
          {label}
          {required}
        </legend>
        {children}
        {footer}
      </fieldset>
    );
  }
  return (
    <div className={`fp-field${problems.length > 0 ? ' fp-field--invalid' : ''}`}>
      <div className="fp-field__label-row">
        <label htmlFor={id} className="fp-field__label">
          {label}
        </label>
        {required}
      </div>
      {children}
      {footer}
    </div>
  );
}

/** The ids of a field's help and problems, for `aria-describedby`. */
export function describedBy(id: string, meta: FieldMeta, problems: string[]): string | undefined {
  const ids = [meta.help ? `${id}-help` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
