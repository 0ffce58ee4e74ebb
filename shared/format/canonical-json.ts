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

/** Chooses the known-key order for the object at `path`, or none for pure sorting. */
export type KeyOrderFor = (path: readonly (string | number)[]) => KeyOrder | undefined;

export function canonicalStringify(value: unknown, keyOrderFor: KeyOrderFor = () => undefined): string {
  return JSON.stringify(reorder(value, [], keyOrderFor), null, 2) + '\n';
}

function reorder(value: unknown, path: (string | number)[], keyOrderFor: KeyOrderFor): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, index) => reorder(item, [...path, index], keyOrderFor));
  const record = value as Record<string, unknown>;
  const known = keyOrderFor(path) ?? [];
  const present = Object.keys(record).filter((key) => record[key] !== undefined);
  const first = known.filter((key) => present.includes(key));
  const rest = present.filter((key) => !known.includes(key)).sort();
  // A null-prototype object makes "__proto__" an ordinary key instead of a setter.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of [...first, ...rest]) out[key] = reorder(record[key], [...path, key], keyOrderFor);
  return out;
}
