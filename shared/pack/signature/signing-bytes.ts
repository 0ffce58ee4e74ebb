import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The text a pack signature covers: the pack without its `signature` field, as JSON with
 * the keys of every object sorted by UTF-16 code unit and no whitespace outside strings.
 *
 * @remarks
 * Strings and numbers are written as `JSON.stringify` writes them, so for JSON read from a
 * file this is the JSON Canonicalization Scheme (RFC 8785) of the pack minus its signature.
 * The value is first taken through a JSON round trip, so what is signed is exactly what a
 * reader of the written file will see (no `undefined` fields, no class instances). Signing
 * the JSON value rather than the file's bytes lets a pack be re-indented or have its keys
 * reordered without breaking the signature, while any change to a value breaks it.
 *
 * @example
 * signingText({ b: 1, a: [true, 'x'], signature: { value: '...' } }) === '{"a":[true,"x"],"b":1}'
 */
export function signingText(pack: object): string {
  const { signature: _signature, ...unsigned } = pack as Record<string, unknown>;
  return sortedCompactJson(JSON.parse(JSON.stringify(unsigned)) as unknown);
}

/** The UTF-8 bytes of {@link signingText}: the message given to Ed25519. */
export function signingBytes(pack: object): Uint8Array {
  return utf8ToBytes(signingText(pack));
}

function sortedCompactJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sortedCompactJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 asks.
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedCompactJson(record[key])}`).join(',')}}`;
}
