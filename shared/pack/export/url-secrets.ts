import { isSecretParameterName } from './secret-names';

/**
 * Tokens people paste into URLs: API keys in query strings, OAuth tokens in fragments,
 * `user:password@` credentials. Export removes them wherever a URL appears, in known
 * fields and extension data alike, because no schema can say which strings hold URLs.
 */

/**
 * A URL with an authority, up to the first character that cannot be part of one: with a scheme
 * (`https://`), or protocol-relative (`//user:pw@host`), which browsers and HTTP clients resolve
 * against the page's own scheme and so carries credentials just as well.
 */
const URL_PATTERN = /(?:\b[a-z][a-z0-9+.-]*:)?\/\/[^\s"'<>`/][^\s"'<>`]*/gi;

/** A value that only names a variable (`{{secrets.token}}`) holds no secret itself and is kept. */
const TEMPLATE_ONLY = /^\{\{[^{}]*\}\}$/;

/** What was taken out of one string: the names of removed parameters, and whether credentials were. */
export interface UrlSecretsRemoved {
  text: string;
  parameters: string[];
  credentials: boolean;
}

/**
 * `text` with the secrets of every URL in it removed. Returns undefined when there was
 * nothing to remove, so callers can skip the (common) untouched strings cheaply.
 */
export function removeUrlSecrets(text: string): UrlSecretsRemoved | undefined {
  if (!text.includes('//')) return undefined;
  const parameters: string[] = [];
  let credentials = false;
  const cleaned = text.replace(URL_PATTERN, (url) => {
    const result = cleanUrl(url);
    parameters.push(...result.parameters);
    credentials ||= result.credentials;
    return result.url;
  });
  if (parameters.length === 0 && !credentials) return undefined;
  return { text: cleaned, parameters, credentials };
}

function cleanUrl(url: string): { url: string; parameters: string[]; credentials: boolean } {
  const schemeEnd = url.indexOf('//') + 2;
  const rest = url.slice(schemeEnd);
  const authorityEnd = firstIndexOf(rest, ['/', '?', '#']);
  let authority = rest.slice(0, authorityEnd);
  let tail = rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const credentials = at >= 0;
  if (credentials) authority = authority.slice(at + 1);

  const parameters: string[] = [];
  const hashAt = tail.indexOf('#');
  let fragment = hashAt >= 0 ? tail.slice(hashAt + 1) : undefined;
  tail = hashAt >= 0 ? tail.slice(0, hashAt) : tail;
  const queryAt = tail.indexOf('?');
  let query = queryAt >= 0 ? tail.slice(queryAt + 1) : undefined;
  const path = queryAt >= 0 ? tail.slice(0, queryAt) : tail;
  if (query !== undefined) query = keepSafeParameters(query, parameters);
  // Fragments carry tokens only in key=value form (OAuth implicit flow); an anchor is left alone.
  if (fragment?.includes('=')) fragment = keepSafeParameters(fragment, parameters);

  let out = url.slice(0, schemeEnd) + authority + path;
  if (query) out += `?${query}`;
  if (fragment) out += `#${fragment}`;
  return { url: out, parameters, credentials };
}

function keepSafeParameters(list: string, removed: string[]): string {
  const kept: string[] = [];
  for (const parameter of list.split('&')) {
    const equals = parameter.indexOf('=');
    const name = equals >= 0 ? parameter.slice(0, equals) : parameter;
    const value = equals >= 0 ? parameter.slice(equals + 1) : '';
    if (isSecretParameterName(name) && value !== '' && !TEMPLATE_ONLY.test(value)) removed.push(name);
    else kept.push(parameter);
  }
  return kept.join('&');
}

function firstIndexOf(text: string, characters: readonly string[]): number {
  let first = text.length;
  for (const character of characters) {
    const index = text.indexOf(character);
    if (index >= 0 && index < first) first = index;
  }
  return first;
}
