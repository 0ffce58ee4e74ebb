import type { Session } from 'electron';
import { isPermissionGranted } from './permission-policy';

/** Anything the renderer might try to fetch from the network; the editor works offline and never needs it. */
const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * The editor window's own session. Persistent, so the page keeps what it stores (the language
 * chosen) from one launch to the next.
 */
export const EDITOR_PARTITION = 'persist:editor';

/**
 * The session tenant requests go through. In memory and without an HTTP cache: nothing a tenant
 * answers is kept on disk, and a pull always sees the tenant's current revision.
 */
export const TENANT_PARTITION = 'tenants';

/** The part of electron's `session` module the app's sessions are made with. */
export interface SessionModule {
  readonly defaultSession: Session;
  fromPartition(partition: string, options?: { cache?: boolean }): Session;
}

export interface AppSessions {
  /** The window's: network cancelled, permissions by permission-policy.ts, the `app:` protocol. */
  readonly editor: Session;
  /** The tenant requests': no web contents ever load in it, and its network is open. */
  readonly tenants: Session;
}

/**
 * Gives the window and the tenant requests a session each. A session's webRequest handlers
 * apply to every request made in it, the main process's `fetch` included (`net.fetch` is the
 * default session's), so the block that keeps the page offline must not sit where tenant
 * requests go. The default session is blocked too: nothing is meant to use it, and whatever
 * came to (a `net.fetch`, contents created without a partition) gets no network either.
 */
export function createAppSessions(sessions: SessionModule): AppSessions {
  const editor = sessions.fromPartition(EDITOR_PARTITION);
  applySessionPolicy(editor);
  applySessionPolicy(sessions.defaultSession);
  return { editor, tenants: sessions.fromPartition(TENANT_PARTITION, { cache: false }) };
}

/**
 * Applies the app's web policy to a session pages may load in: permissions are answered by
 * permission-policy.ts, and network requests are cancelled outright, behind the
 * Content-Security-Policy that already forbids them (links open in the system browser
 * through `shell:openExternal`, never in the app).
 */
function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));
}
