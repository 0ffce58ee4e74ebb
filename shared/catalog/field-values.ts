import type { EntityRef } from '../format/entity-ref';
import type { Scalar } from './behaviour';

/**
 * The key a run keeps a field's value under in `Subject.fields`: the field's id (a custom
 * field's key), else its name, so a step that writes a field and a condition that reads it
 * meet at the same key.
 */
export function fieldKeyOf(ref: EntityRef): string {
  return ref.id ?? ref.name ?? '';
}

/** Comparisons a condition makes between a field's value and the value it is tested against. */
export type ValueComparison =
  | 'equals'
  | 'notEquals'
  | 'contains'
  | 'notContains'
  | 'startsWith'
  | 'greaterThan'
  | 'lessThan'
  | 'isSet'
  | 'isNotSet';

/**
 * Whether `actual` compares to `expected` as `comparison` says. Text compares without regard
 * to case, as a person reading the contact's data would; greater and less compare numbers and
 * never hold for a blank or non-numeric value.
 */
export function compareValue(actual: Scalar | undefined, comparison: ValueComparison, expected: string): boolean {
  const text = actual === undefined ? '' : String(actual);
  const lower = text.toLowerCase();
  const wanted = expected.toLowerCase();
  const numbers = () => (text.trim() === '' || expected.trim() === '' ? undefined : [Number(text), Number(expected)] as const);
  switch (comparison) {
    case 'equals':
      return lower === wanted;
    case 'notEquals':
      return lower !== wanted;
    case 'contains':
      return lower.includes(wanted);
    case 'notContains':
      return !lower.includes(wanted);
    case 'startsWith':
      return lower.startsWith(wanted);
    case 'greaterThan': {
      const pair = numbers();
      return pair !== undefined && pair[0] > pair[1];
    }
    case 'lessThan': {
      const pair = numbers();
      return pair !== undefined && pair[0] < pair[1];
    }
    case 'isSet':
      return text.trim() !== '';
    case 'isNotSet':
      return text.trim() === '';
  }
}
