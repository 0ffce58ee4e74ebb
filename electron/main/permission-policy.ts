import { isAppUrl } from './app-origin';

/**
 * The only web permissions the app grants, and only to its own page: writing to the
 * clipboard and reading from it, because copying steps as JSON text to the system clipboard
 * and pasting them back is an editor feature. Everything else (camera, microphone,
 * notifications, geolocation, HID, serial, fullscreen, ...) is denied, as is any permission
 * asked by anything not on `app://flowpack`.
 */
const GRANTED_TO_THE_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'clipboard-read']);

/**
 * Answers both Electron permission hooks: `setPermissionRequestHandler` (with the requesting
 * frame's URL) and `setPermissionCheckHandler` (with the requesting origin).
 */
export function isPermissionGranted(permission: string, requestingUrlOrOrigin: string | undefined): boolean {
  if (requestingUrlOrOrigin === undefined || !isAppUrl(requestingUrlOrOrigin)) return false;
  return GRANTED_TO_THE_APP.has(permission);
}
