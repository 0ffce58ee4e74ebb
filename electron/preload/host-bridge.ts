import type { HostResponse } from '../../shared/host/contract';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/host/transport';
import type { HostBridge } from '../../shared/host/transport';

/** The part of Electron's `ipcRenderer` the bridge uses (injected, so tests need no Electron). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}

/** Events kept for a listener that has not subscribed yet; beyond this the oldest are dropped. */
const MAX_HELD_EVENTS = 50;

/**
 * The host bridge the preload exposes: `call` invokes the host over IPC, `on` subscribes to
 * its events. Nothing else crosses into the page; in particular the IPC event object (whose
 * `sender` is `ipcRenderer` itself) never reaches a listener, only the payload.
 *
 * @remarks
 * The main process may send an event before the editor has subscribed to it: the file a
 * second launch or a file association asks to open arrives while React is still mounting.
 * Such an event is held (up to {@link MAX_HELD_EVENTS}) and handed to the first listener that
 * subscribes to its name, so it is not lost to timing.
 */
export function createHostBridge(ipc: IpcRendererLike): HostBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let held: { name: string; payload: unknown }[] = [];

  ipc.on(IPC_EVENT_CHANNEL, (_event, message) => {
    if (typeof message !== 'object' || message === null) return;
    const { name, payload } = message as { name?: unknown; payload?: unknown };
    if (typeof name !== 'string') return;
    const current = listeners.get(name);
    if (current === undefined || current.size === 0) {
      held.push({ name, payload });
      if (held.length > MAX_HELD_EVENTS) held.shift();
      return;
    }
    for (const listener of [...current]) listener(payload);
  });

  return {
    call(name: string, args: unknown): Promise<HostResponse<unknown>> {
      return ipc.invoke(IPC_CALL_CHANNEL, name, args) as Promise<HostResponse<unknown>>;
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || typeof listener !== 'function') throw new TypeError('on(event: string, listener: function)');
      const forEvent = listeners.get(event) ?? new Set();
      listeners.set(event, forEvent);
      forEvent.add(listener);
      const waiting = held.filter((entry) => entry.name === event);
      if (waiting.length > 0) {
        held = held.filter((entry) => entry.name !== event);
        // Delivered after `on` returns, as a live event would be, so the caller holds its unsubscribe first.
        queueMicrotask(() => waiting.forEach((entry) => forEvent.has(listener) && listener(entry.payload)));
      }
      return () => {
        forEvent.delete(listener);
      };
    },
  };
}
