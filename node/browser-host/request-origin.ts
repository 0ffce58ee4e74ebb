import type { IncomingMessage } from 'node:http';

/** The host names a request may address: the loopback address the host listens on, and its usual name. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

/**
 * True when the `Host` header names this host (`127.0.0.1:<port>` or `localhost:<port>`). A page
 * on another site whose DNS name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name
 * here, so such requests never reach the workspace.
 */
export function isOwnHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/**
 * True when the request has no `Origin` header (same-origin GETs and navigations) or one equal
 * to the origin of the `Host` it addressed. Any other origin, including `null`, is another
 * site's page trying to use the user's session (CSRF).
 */
export function isOwnOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${request.headers.host?.toLowerCase() ?? ''}`;
}
