/**
 * A deep copy of JSON data (objects, arrays, strings, numbers, booleans, null). A plain
 * walk: about three times faster than a JSON round trip on flow documents, which matters
 * when a plan copies every flow of a large pack.
 */
export function copyJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key]);
    // Assigning "__proto__" would set the prototype instead of adding the key.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}
