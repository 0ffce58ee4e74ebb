import type { Session } from 'electron';
import { isPermissionGranted } from './permission-policy';

/** Anything the renderer might try to fetch from the network; the editor works offline and never needs it. */
const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Applies the app's web policy to the renderer's session: permissions are answered by
 * permission-policy.ts, and network requests are cancelled outright, behind the
 * Content-Security-Policy that already forbids them (links open in the system browser
 * through `shell:openExternal`, never in the app).
 */
export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));
}
