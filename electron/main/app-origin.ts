/**
 * The desktop app's own origin. The renderer is served from `app://flowpack/` (a privileged,
 * standard and secure custom scheme) rather than `file://`, so it has a real origin that the
 * IPC sender checks, the permission policy and the protocol handler can all compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'flowpack';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on the app's origin: scheme `app:`, host `flowpack`, no port, no
 * credentials. Compared part by part because Node's URL gives non-special schemes the
 * opaque origin `"null"`, so `url.origin` cannot be used here.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** What the IPC sender check needs of Electron's `WebFrameMain`. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message may be answered: it must come from the top frame of a page on the
 * app's origin. `senderFrame` is null when the frame navigated or was destroyed before the
 * message was handled; such a message is refused, never answered on trust.
 */
export function isTrustedSenderFrame(frame: SenderFrameLike | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
