import { useFormContext, useWatch } from 'react-hook-form';
import { FieldControl } from './FieldControl';
import { FieldShell, describedBy } from './FieldShell';
import { fieldId, problemsAt, useFieldContext } from './field-context';
import type { FieldSpec } from './schema-fields';
import { switchBranch } from './schema-fields';
import { labelIn } from '../../i18n/catalog-text';

/**
 * A discriminated union (a prompt's source, an assignee, a destination): a select of the
 * branches, then the chosen branch's own fields. Switching keeps values both branches share.
 */
export function UnionField({ spec, path }: { spec: Extract<FieldSpec, { kind: 'union' }>; path: string }) {
  const { setValue, getValues, control } = useFormContext();
  const { locale, problems, idPrefix } = useFieldContext();
  const id = fieldId(idPrefix, path);
  const chosen = useWatch({ control, name: `${path}.${spec.discriminator}` }) as string | undefined;
  const branch = spec.branches.find((candidate) => candidate.value === chosen);
  const messages = problemsAt(problems, path);
  const choose = (value: string) => {
    const next = spec.branches.find((candidate) => candidate.value === value);
    if (next) setValue(path, switchBranch(next, spec.discriminator, getValues(path)), { shouldDirty: true, shouldValidate: true });
  };
  return (
    <>
      <FieldShell path={path} meta={spec.meta} problems={messages}>
        <select id={id} value={chosen ?? ''} aria-describedby={describedBy(id, spec.meta, messages)} onChange={(event) => choose(event.target.value)}>
          {!branch && <option value="" />}
          {spec.branches.map((candidate) => (
            <option key={candidate.value} value={candidate.value}>
              {labelIn(candidate.label, locale)}
            </option>
          ))}
        </select>
      </FieldShell>
      {branch && branch.fields.length > 0 && (
        <div className="fp-union__branch">
          {branch.fields.map((child) => (
            <FieldControl key={`${branch.value}.${child.key}`} spec={child} path={`${path}.${child.key}`} />
          ))}
        </div>
      )}
    </>
  );
}
