import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler } from './app-protocol-handler';

/**
 * Declares `app:` a standard, secure scheme. Must run before the app is ready: standard gives
 * the page a real origin (`app://flowpack`) with relative URLs and same-origin rules; secure
 * makes it a secure context like https. `supportFetchAPI` lets the page fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/**
 * Serves the built renderer on `app://flowpack/` (see app-protocol-handler.ts) in the window's
 * session: a protocol handler belongs to one session, and the window has its own. Call once the
 * app is ready.
 */
export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
