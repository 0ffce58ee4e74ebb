/**
 * Names that say their value is a secret, for object keys anywhere in a flow and for URL
 * parameters alike. Extension data and unknown config keys have no schema to mark their
 * secrets, so the name is the one signal there is; vendors spell the same name many ways
 * (`apiKey`, `x-api-key`, `acme:apiKey`, `AUTH_TOKEN`), so names are compared by their words.
 */

/** A name whose last word is one of these holds a secret: `authToken`, `clientSecret`, `Set-Cookie`. */
const SECRET_LAST_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'apikey',
  'authorization',
  'bearer',
  'cookie',
  'cookies',
  'credential',
  'credentials',
  'jwt',
  'sessionid',
]);

/** `<word> key` and `session <word>` pairs that hold a secret: `x-api-key`, `privateKey`, `sessionId`. */
const KEY_QUALIFIERS: ReadonlySet<string> = new Set(['api', 'private', 'access', 'secret', 'signing', 'encryption', 'master']);
const SESSION_WORDS: ReadonlySet<string> = new Set(['id', 'key']);

/** Names that are a secret on their own but too common as a word inside longer names (`author`, `sessionTimeout`). */
const SECRET_WHOLE_NAMES: ReadonlySet<string> = new Set(['auth', 'session']);

/** URL parameters that carry a secret although the same word as an object key usually does not (`key`, `code`). */
const SECRET_PARAMETER_WORDS: ReadonlySet<string> = new Set(['key', 'sig', 'signature', 'code', 'sid']);

/**
 * The words of a name, lower-case: split at anything but letters and digits and where
 * camelCase changes case (`acme:apiKey` -> `acme`, `api`, `key`; `X_API_KEY` -> `x`, `api`, `key`).
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Every secret name holds one of these; export asks about every key of every flow, and most hold none. */
const SECRET_FRAGMENT = /pass|pwd|secret|token|key|auth|bearer|cookie|credential|jwt|session/i;

/** Whether an object member named `name` holds a secret, wherever it is. */
export function isSecretKeyName(name: string): boolean {
  if (!SECRET_FRAGMENT.test(name)) return false;
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (words.length === 1 && SECRET_WHOLE_NAMES.has(last)) return true;
  if (SECRET_LAST_WORDS.has(last)) return true;
  const previous = words[words.length - 2];
  if (previous === undefined) return false;
  if (last === 'key' && KEY_QUALIFIERS.has(previous)) return true;
  return previous === 'session' && SESSION_WORDS.has(last);
}

/** Whether a URL query or fragment parameter named `name` (possibly %-encoded) carries a secret. */
export function isSecretParameterName(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A malformed escape is compared as written.
  }
  if (isSecretKeyName(decoded)) return true;
  const words = nameWords(decoded);
  const last = words[words.length - 1];
  // `?key=`, `?code=` (an OAuth code), `X-Amz-Signature`: in a URL these are the secret itself.
  if (last !== undefined && SECRET_PARAMETER_WORDS.has(last) && (words.length === 1 || last === 'signature')) return true;
  // `?session=`, `?auth=` and the like, also as the last word of a vendor spelling (`phpsessid` is one word).
  return last !== undefined && (SECRET_WHOLE_NAMES.has(last) || last.endsWith('sessid'));
}
