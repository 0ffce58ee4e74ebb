import type { JsonPath } from './entity-ref';

/** A path into a config; `'[]'` stands for every element of an array. */
export type FieldPattern = readonly string[];

/** `'conditions[].segment'` as a pattern: `['conditions', '[]', 'segment']`. */
export function fieldPattern(field: string): FieldPattern {
  return field.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** Every value matching a field pattern, with its concrete path from `root`. */
export function valuesAt(root: unknown, pattern: FieldPattern): [unknown, JsonPath][] {
  let current: [unknown, JsonPath][] = [[root, []]];
  for (const key of pattern) {
    const next: [unknown, JsonPath][] = [];
    for (const [value, path] of current) {
      if (key === '[]') {
        if (Array.isArray(value)) value.forEach((item, index) => next.push([item, [...path, index]]));
      } else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, key)) {
        next.push([value[key], [...path, key]]);
      }
    }
    current = next;
  }
  return current;
}

/** A map key for a path (paths are short; keys and indexes cannot collide once JSON-encoded). */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** The value at `path` inside `root`, or undefined when the path leads nowhere (inherited keys do not count). */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
