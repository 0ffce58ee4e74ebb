import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/host/transport';
import { createHostBridge } from './host-bridge';
import type { IpcRendererLike } from './host-bridge';

/** An ipcRenderer stand-in: records invokes and lets the test deliver messages on a channel. */
function fakeIpc() {
  const channelListeners = new Map<string, ((event: unknown, message: unknown) => void)[]>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, result: { version: '1' } })),
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      channelListeners.set(channel, [...(channelListeners.get(channel) ?? []), listener]);
    },
  } satisfies IpcRendererLike;
  const sender = { name: 'ipcRenderer, which must never reach the page' };
  const deliver = (message: unknown) => channelListeners.get(IPC_EVENT_CHANNEL)?.forEach((listener) => listener({ sender }, message));
  return { ipc, deliver };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the host bridge the preload exposes', () => {
  it('sends a call over the call channel with its name and arguments and returns the response', async () => {
    const { ipc } = fakeIpc();
    const bridge = createHostBridge(ipc);
    expect(await bridge.call('app:info', {})).toEqual({ ok: true, result: { version: '1' } });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, 'app:info', {});
  });

  it('delivers only the payload of the events a listener subscribed to, never the IPC event', () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createHostBridge(ipc);
    const seen: unknown[] = [];
    bridge.on('workspace:changed', (payload) => seen.push(payload));
    bridge.on('app:command', () => {});
    deliver({ name: 'workspace:changed', payload: { paths: ['a.flow.json'] } });
    deliver({ name: 'app:command', payload: { command: 'save' } });
    expect(seen).toEqual([{ paths: ['a.flow.json'] }]);
  });

  it('stops delivering once unsubscribed', () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createHostBridge(ipc);
    const seen: unknown[] = [];
    bridge.on('app:command', (payload) => seen.push(payload));
    const unsubscribe = bridge.on('app:command', (payload) => seen.push(payload));
    unsubscribe();
    deliver({ name: 'app:command', payload: { command: 'undo' } });
    expect(seen).toEqual([{ command: 'undo' }]);
  });

  it('keeps an event sent before anyone listened and hands it to the first listener', async () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createHostBridge(ipc);
    deliver({ name: 'app:openFile', payload: { path: 'sales/welcome.flow.json' } });
    const first: unknown[] = [];
    const second: unknown[] = [];
    bridge.on('app:openFile', (payload) => first.push(payload));
    bridge.on('app:openFile', (payload) => second.push(payload));
    await flush();
    expect(first).toEqual([{ path: 'sales/welcome.flow.json' }]);
    expect(second).toEqual([]);
  });

  it('ignores malformed messages on the event channel', () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createHostBridge(ipc);
    const seen: unknown[] = [];
    bridge.on('app:command', (payload) => seen.push(payload));
    deliver(null);
    deliver('app:command');
    deliver({ name: 42, payload: {} });
    expect(seen).toEqual([]);
  });
});
