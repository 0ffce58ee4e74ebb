import type { HostResponse } from './contract';

/**
 * What the desktop preload exposes on `window[HOST_BRIDGE_GLOBAL]`, and the only thing it
 * exposes. The renderer's host client is its one user; in the browser host the same client
 * speaks HTTP instead (HTTP_CALL_PREFIX, HTTP_EVENTS_PATH).
 */
export interface HostBridge {
  call(name: string, args: unknown): Promise<HostResponse<unknown>>;
  /** Subscribes to a host event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const HOST_BRIDGE_GLOBAL = 'flowpackHost';
/** Electron IPC channels: one for calls (invoke), one for events (send). */
export const IPC_CALL_CHANNEL = 'host:call';
export const IPC_EVENT_CHANNEL = 'host:event';
/** Browser host: `POST /api/call/<name>` with the arguments as JSON; events as server-sent events. */
export const HTTP_CALL_PREFIX = '/api/call/';
export const HTTP_EVENTS_PATH = '/api/events';
/** Browser host: `GET /api/download/<workspace path>` answers a pack file of the workspace as a download. */
export const HTTP_DOWNLOAD_PREFIX = '/api/download/';

/** The browser host's download address of a workspace file, each path segment encoded. */
export function downloadPathOf(workspacePath: string): string {
  return HTTP_DOWNLOAD_PREFIX + workspacePath.split('/').map(encodeURIComponent).join('/');
}
/**
 * The browser host writes a comment line on every open event stream this often, so an idle
 * stream stays open through proxies and a client can tell a silent host from a dead one.
 */
export const HTTP_EVENTS_HEARTBEAT_MS = 15_000;
