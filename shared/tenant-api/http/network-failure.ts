import { isRecord } from '../../format/json-paths';

/** Why no answer came, as far as the fetch error tells. */
export type NetworkReason = 'refused' | 'dns' | 'dropped' | 'connect-timeout' | 'tls' | 'proxy' | 'redirect' | 'other';

// Node's fetch (undici) reports the reason as a code on `cause`; Electron's net.fetch puts a Chromium error
// name (`net::ERR_CONNECTION_REFUSED`) in the message, and refuses a redirect it was told not to follow
// with "Redirect was cancelled". Each is mapped to one reason and a phrase a user can act on.
const REASONS: readonly (readonly [RegExp, NetworkReason, string])[] = [
  [/ECONNREFUSED|ERR_CONNECTION_REFUSED/, 'refused', 'the connection was refused (is the tenant server running?)'],
  [/ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED/, 'dns', 'the host name was not found'],
  [/ECONNRESET|EPIPE|UND_ERR_SOCKET|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE/, 'dropped', 'the connection was dropped'],
  [/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|ERR_CONNECTION_TIMED_OUT/, 'connect-timeout', 'connecting took too long'],
  [/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/, 'tls', 'its TLS certificate is not trusted'],
  [/ERR_PROXY|ERR_TUNNEL/, 'proxy', 'the proxy refused the connection'],
  [
    /Redirect was cancelled|redirect policy/,
    'redirect',
    'it redirects to another address, which is not followed so that the token only goes to the address you entered; check that address',
  ],
];

/** Codes and messages along an error's `cause` chain, outermost first (a few levels: causes can loop). */
function reasonTexts(error: unknown): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && isRecord(current); depth++) {
    if (typeof current.code === 'string') texts.push(current.code);
    if (typeof current.message === 'string') texts.push(current.message);
    current = current.cause;
  }
  return texts;
}

/**
 * Why a fetch threw: a reason and a short phrase ("the connection was refused ..."), read from the error's
 * codes and messages. An unknown failure's phrase is its innermost message, passed through `redact` and shortened.
 */
export function describeNetworkFailure(error: unknown, redact: (text: string) => string): { reason: NetworkReason; phrase: string } {
  const texts = reasonTexts(error);
  for (const [pattern, reason, phrase] of REASONS) {
    if (texts.some((text) => pattern.test(text))) return { reason, phrase };
  }
  const innermost = texts.at(-1);
  return { reason: 'other', phrase: innermost === undefined ? 'no answer' : redact(innermost).slice(0, 200) };
}
