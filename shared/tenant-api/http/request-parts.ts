/** Query parameters: `undefined` values are left out, arrays repeat the name (`tag=a&tag=b`). */
export type QueryValues = Record<string, string | number | boolean | undefined | readonly (string | number)[]>;

/** `?a=1&b=x` from query values, each part percent-encoded; empty when there are none. */
export function encodeQuery(query: QueryValues | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * Refuses a path that is not relative to the base URL. A programming error, so a TypeError: the path is
 * appended to the checked base URL, must never carry its own query or fragment (use `query`), and must not
 * climb out of the base URL's path prefix with `.` or `..` segments (ids go through `encodeURIComponent`).
 */
export function checkRequestPath(path: string): void {
  if (!path.startsWith('/') || /[?#\s\\]/.test(path) || /\/\.{1,2}(\/|$)/.test(path)) {
    throw new TypeError(`A tenant request path starts with "/" and has no query, fragment, spaces or dot segments: ${JSON.stringify(path)}.`);
  }
}

/** The headers of every request; the ones the client manages are set last so extras cannot replace them. */
export function buildRequestHeaders(parts: {
  token: string;
  hasBody: boolean;
  extra: Record<string, string> | undefined;
  idempotencyKey: string | undefined;
  ifMatch: string | undefined;
  /** What the request accepts when not only JSON (a progress stream). */
  accept?: string | undefined;
}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parts.extra ?? {})) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) throw new TypeError(`${JSON.stringify(name)} is not a valid header name.`);
    headers[name.toLowerCase()] = checkHeaderValue(name, value);
  }
  headers.accept = parts.accept ?? 'application/json';
  if (parts.hasBody) headers['content-type'] = 'application/json';
  else delete headers['content-type'];
  if (parts.idempotencyKey !== undefined) headers['idempotency-key'] = checkHeaderValue('Idempotency-Key', parts.idempotencyKey);
  else delete headers['idempotency-key'];
  if (parts.ifMatch !== undefined) headers['if-match'] = checkHeaderValue('If-Match', parts.ifMatch);
  else delete headers['if-match'];
  headers.authorization = `Bearer ${parts.token}`;
  return headers;
}

/**
 * A header value fetch would refuse (line breaks, control characters) is refused here, with the header's
 * name only: fetch's own error would quote the value, and a thrown fetch would look like a network failure.
 */
function checkHeaderValue(name: string, value: string): string {
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(value)) throw new TypeError(`The ${name} header value contains line breaks or control characters.`);
  return value;
}
