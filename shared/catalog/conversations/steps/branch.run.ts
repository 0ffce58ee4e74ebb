import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, Scalar, StepRun } from '../../behaviour';
import type { BranchCondition, branch } from './branch';

/** The value a condition's field names: a run variable, a contact field, or `contact.name`/`tags`. */
function valueOf(run: StepRun, field: string): Scalar | readonly string[] | undefined {
  const name = field.replace(/^\{\{\s*|\s*\}\}$/g, '').replace(/^contact\./, '');
  if (name in run.variables) return run.variables[name];
  if (name === 'tags') return run.subject.tags;
  if (name === 'name') return run.subject.name;
  return run.subject.fields[name];
}

function holds(run: StepRun, condition: BranchCondition): boolean {
  const actual = valueOf(run, condition.field);
  const expected = run.fill(condition.value);
  const text = Array.isArray(actual) ? actual.join(',') : actual === undefined ? '' : String(actual);
  const lower = text.toLowerCase();
  const wanted = expected.toLowerCase();
  switch (condition.operator) {
    case 'equals':
      return lower === wanted;
    case 'notEquals':
      return lower !== wanted;
    case 'contains':
      return Array.isArray(actual) ? actual.some((item) => item.toLowerCase() === wanted) : lower.includes(wanted);
    case 'notContains':
      return Array.isArray(actual) ? !actual.some((item) => item.toLowerCase() === wanted) : !lower.includes(wanted);
    case 'startsWith':
      return lower.startsWith(wanted);
    case 'greaterThan':
      return text !== '' && Number(text) > Number(expected);
    case 'lessThan':
      return text !== '' && Number(text) < Number(expected);
    case 'isEmpty':
      return text === '';
    case 'isNotEmpty':
      return text !== '';
  }
}

/**
 * Goes by the first branch whose condition holds, else by `else` (conversations-workflows.es.txt:
 * "Los contactos que no cumplan con las condiciones requeridas de una rama se incluirán en la rama Else").
 */
export const branchRun = stepBehaviour<ConfigOf<typeof branch>>({
  enter: (run) => ({ next: run.config.conditions.find((condition) => holds(run as StepRun, condition))?.id ?? 'else' }),
});
