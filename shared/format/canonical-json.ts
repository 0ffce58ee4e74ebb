/**
 * Canonical JSON for files people keep in git: two-space indent, trailing newline, and a
 * stable key order so the same document always serialises to the same bytes.
 *
 * @remarks
 * Key order: objects whose shape the format defines list their known keys in the order
 * the format declares them ({@link KeyOrder}); every other key, and every key of objects
 * the format does not know (config, extensions), follows in code-unit order.
 */
export type KeyOrder = readonly string[];

/**
 * Chooses the known-key order for the object at `path`, or none for pure sorting. The
 * path array is reused while walking: read it, do not keep it.
 */
export type KeyOrderFor = (path: readonly (string | number)[]) => KeyOrder | undefined;

export function canonicalStringify(value: unknown, keyOrderFor: KeyOrderFor = () => undefined): string {
  return JSON.stringify(reorder(value, [], keyOrderFor), null, 2) + '\n';
}

function reorder(value: unknown, path: (string | number)[], keyOrderFor: KeyOrderFor): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      out[index] = reorder(value[index], path, keyOrderFor);
      path.pop();
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const known = keyOrderFor(path);
  const rest: string[] = [];
  for (const key of Object.keys(record)) if (record[key] !== undefined && !known?.includes(key)) rest.push(key);
  rest.sort();
  const keys = known ? known.filter((key) => record[key] !== undefined && Object.prototype.hasOwnProperty.call(record, key)).concat(rest) : rest;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    path.push(key);
    const item = reorder(record[key], path, keyOrderFor);
    path.pop();
    // Assigning "__proto__" would set the prototype instead of adding the key.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}
