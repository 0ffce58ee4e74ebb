import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The per-launch secret of the browser host. It appears once in the printed address; a GET
 * carrying it is answered with a session cookie holding the same value, and every other
 * request must carry that cookie.
 */
export function createSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented value with the secret in constant time. Both sides are hashed first
 * because `timingSafeEqual` needs equal lengths and a length check would leak the length.
 */
export function matchesSecret(secret: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = createHash('sha256').update(secret).digest();
  const actual = createHash('sha256').update(presented).digest();
  return timingSafeEqual(expected, actual);
}

/**
 * The session cookie's name. Cookies are not isolated by port, so two browser hosts open in one
 * browser (two workspaces) would overwrite each other's cookie under one shared name.
 */
export function sessionCookieName(port: number): string {
  return `flowpack_session_${port}`;
}

/**
 * The `Set-Cookie` value for a session: HttpOnly so page scripts cannot read it, SameSite=Strict
 * so no other site's page can send it, no Max-Age so it ends with the browser session.
 */
export function sessionCookieHeader(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of one cookie in a `Cookie` request header, or undefined when it is absent. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
