import type { JsonPath } from '../../format/entity-ref';
import { valueAt } from '../../format/json-paths';

/** Marks an array element for removal; arrays are compacted only at the end so recorded paths stay valid. */
const REMOVED: object = Object.freeze({});

/**
 * Edits a JSON document by path while export walks it. Array elements are not spliced out
 * at once: every path found before an edit must still lead to the same value after it,
 * and every path the report names is a path in the author's own flow.
 */
export class ValueRemover {
  private readonly arrays = new Set<unknown[]>();

  constructor(private readonly root: unknown) {}

  /** Removes the value at `path`: an array element disappears, an object member is deleted. */
  remove(path: JsonPath): void {
    const parent = valueAt(this.root, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === 'number') {
      parent[key] = REMOVED;
      this.arrays.add(parent);
    } else if (parent !== null && typeof parent === 'object' && key !== undefined) {
      delete (parent as Record<string | number, unknown>)[key];
    }
  }

  /** Puts `value` at `path` in place of what is there. */
  replace(path: JsonPath, value: unknown): void {
    const parent = valueAt(this.root, path.slice(0, -1));
    const key = path[path.length - 1];
    if (parent !== null && typeof parent === 'object' && key !== undefined) (parent as Record<string | number, unknown>)[key] = value;
  }

  /** Whether `value` is an element already marked for removal. */
  static isRemoved(value: unknown): boolean {
    return value === REMOVED;
  }

  /** Drops the removed elements from their arrays; call once, after the last edit. */
  finish(): void {
    for (const array of this.arrays) {
      for (let index = array.length - 1; index >= 0; index--) if (array[index] === REMOVED) array.splice(index, 1);
    }
    this.arrays.clear();
  }
}
