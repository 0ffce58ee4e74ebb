import type { JsonPath } from './entity-ref';

/** A path into a config; `'[]'` stands for every element of an array. */
export type FieldPattern = readonly string[];

/** `'conditions[].segment'` as a pattern: `['conditions', '[]', 'segment']`. */
export function fieldPattern(field: string): FieldPattern {
  return field.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** Whether a concrete path is one of the pattern's paths (`'[]'` matching any list position). */
export function pathMatches(pattern: FieldPattern, path: JsonPath): boolean {
  if (pattern.length !== path.length) return false;
  return pattern.every((segment, i) => (segment === '[]' ? typeof path[i] === 'number' : segment === path[i]));
}

/** Every value matching a field pattern, with its concrete path from `root`, in document order. */
export function valuesAt(root: unknown, pattern: FieldPattern): [unknown, JsonPath][] {
  const found: [unknown, JsonPath][] = [];
  // One path is grown and shrunk along the way; only matches get a copy of it (this runs for
  // every field pattern of every node when validating and exporting).
  collectValues(root, pattern, 0, [], found);
  return found;
}

function collectValues(value: unknown, pattern: FieldPattern, depth: number, path: JsonPath, found: [unknown, JsonPath][]): void {
  if (depth === pattern.length) {
    found.push([value, path.slice()]);
    return;
  }
  const key = pattern[depth]!;
  if (key === '[]') {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      collectValues(value[index], pattern, depth + 1, path, found);
      path.pop();
    }
  } else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, key)) {
    path.push(key);
    collectValues(value[key], pattern, depth + 1, path, found);
    path.pop();
  }
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
