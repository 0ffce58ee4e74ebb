import { Controller, useFormContext } from 'react-hook-form';
import { DurationInput } from './DurationInput';
import { describedBy, FieldShell } from './FieldShell';
import { fieldId, problemsAt, useFieldContext } from './field-context';
import { ObjectListEditor, StringListEditor } from './ListEditors';
import { RefListEditor, RefPicker } from './RefPicker';
import type { FieldSpec } from './schema-fields';
import { UnionField } from './UnionField';
import { labelIn } from '../../i18n/catalog-text';

// A time of day is a text field holding the format's 24-hour HH:MM: the browser's time input
// writes it in the browser's language ("08:00 AM" on a Portuguese screen), not the UI's.
const INPUT_TYPES: Partial<Record<string, string>> = { url: 'url', email: 'email', secret: 'password', time: 'text', text: 'text' };

/** One generated form control for a config field, chosen by the field's kind and widget. */
export function FieldControl({ spec, path }: { spec: FieldSpec; path: string }) {
  const { control, register } = useFormContext();
  const { problems, idPrefix, locale, flowKindAt } = useFieldContext();
  const id = fieldId(idPrefix, path);

  switch (spec.kind) {
    case 'scalar': {
      const messages = problemsAt(problems, path);
      const aria = { id, 'aria-invalid': messages.length > 0 || undefined, 'aria-describedby': describedBy(id, spec.meta, messages), 'aria-required': spec.meta.required || undefined };
      if (spec.widget === 'duration') {
        return (
          <FieldShell path={path} meta={spec.meta} problems={messages} group>
            <Controller control={control} name={path} render={({ field }) => <DurationInput id={id} value={field.value as number | undefined} onChange={field.onChange} onBlur={field.onBlur} />} />
          </FieldShell>
        );
      }
      let input;
      if (spec.widget === 'checkbox') input = <input type="checkbox" {...aria} {...register(path)} />;
      else if (spec.widget === 'select' && spec.choices) {
        input = (
          <select {...aria} {...register(path)}>
            {spec.optional && <option value="" />}
            {spec.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {labelIn(choice.label, locale)}
              </option>
            ))}
          </select>
        );
      } else if (spec.valueType === 'number') {
        input = <input type="number" inputMode="numeric" {...aria} {...register(path, { setValueAs: toNumber })} />;
      } else if (spec.widget === 'textarea' || spec.widget === 'template') {
        input = <textarea rows={spec.widget === 'template' ? 4 : 3} className={spec.widget === 'template' ? 'fp-template' : undefined} {...aria} {...register(path)} />;
      } else {
        const timeOfDay = spec.widget === 'time' ? { inputMode: 'numeric' as const, placeholder: '00:00', maxLength: 5 } : {};
        input = <input type={INPUT_TYPES[spec.widget] ?? 'text'} autoComplete="off" spellCheck={spec.widget === 'text'} {...timeOfDay} {...aria} {...register(path)} />;
      }
      return (
        <FieldShell path={path} meta={spec.meta} problems={messages}>
          {input}
        </FieldShell>
      );
    }
    case 'ref':
      return (
        <FieldShell path={path} meta={spec.meta} problems={problemsAt(problems, path, true)} group>
          <Controller control={control} name={path} render={({ field }) => <RefPicker id={id} refKind={spec.refKind} optional={spec.optional} flowKind={spec.refKind === 'flow' ? flowKindAt?.(path) : undefined} value={field.value} onChange={field.onChange} />} />
        </FieldShell>
      );
    case 'refList':
      return (
        <FieldShell path={path} meta={spec.meta} problems={problemsAt(problems, path, true)} group>
          <Controller control={control} name={path} render={({ field }) => <RefListEditor id={id} refKind={spec.refKind} label={labelIn(spec.meta.label, locale)} value={field.value} onChange={field.onChange} />} />
        </FieldShell>
      );
    case 'stringList':
      return (
        <FieldShell path={path} meta={spec.meta} problems={problemsAt(problems, path, true)} group>
          <Controller control={control} name={path} render={({ field }) => <StringListEditor id={id} label={labelIn(spec.meta.label, locale)} value={field.value} onChange={field.onChange} />} />
        </FieldShell>
      );
    case 'objectList':
      return (
        <FieldShell path={path} meta={spec.meta} problems={problemsAt(problems, path)} group>
          <ObjectListEditor spec={spec} path={path} />
        </FieldShell>
      );
    case 'union':
      return <UnionField spec={spec} path={path} />;
    case 'object':
      return (
        <FieldShell path={path} meta={spec.meta} problems={problemsAt(problems, path)} group>
          {spec.fields.map((child) => (
            <FieldControl key={child.key} spec={child} path={`${path}.${child.key}`} />
          ))}
        </FieldShell>
      );
  }
}

/** An empty number box means "no value" (optional numbers), not zero. */
function toNumber(value: unknown): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
