import { describe, expect, it, vi } from 'vitest';
import type { HostResponse } from '../../../shared/host/contract';
import type { HostBridge } from '../../../shared/host/transport';
import { createHostClient, detectTransport } from './host-client';
import { isHostError } from './host-call-error';
import { httpTransport } from './host-transport';
import type { EventSourceLike } from './host-transport';

function fakeBridge(answer: (name: string, args: unknown) => HostResponse<unknown>) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const calls: { name: string; args: unknown }[] = [];
  const bridge: HostBridge = {
    call: async (name, args) => {
      calls.push({ name, args });
      return answer(name, args);
    },
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { bridge, calls, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('host client over the desktop bridge', () => {
  it('passes the call name and arguments through and resolves with the result', async () => {
    const { bridge, calls } = fakeBridge(() => ({ ok: true, result: { revision: 'r2' } }));
    const client = createHostClient(bridge);
    const result = await client.call('flow:write', { path: 'a.flow.json', text: '{}', baseRevision: 'r1' });
    expect(result).toEqual({ revision: 'r2' });
    expect(calls).toEqual([{ name: 'flow:write', args: { path: 'a.flow.json', text: '{}', baseRevision: 'r1' } }]);
  });

  it('rejects with a HostCallError carrying the code when the host answers ok:false', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'CONFLICT', message: 'changed on disk' } }));
    const client = createHostClient(bridge);
    const error = await client.call('flow:write', { path: 'a.flow.json', text: '{}', baseRevision: 'r1' }).catch((e: unknown) => e);
    expect(isHostError(error, 'CONFLICT')).toBe(true);
    expect((error as Error).message).toBe('changed on disk');
  });

  it('keeps the findings a tenant gave with a refusal, for the UI to word in its language', async () => {
    const finding = { severity: 'error' as const, code: 'REF_PLACEHOLDER', message: '"Queue": choose a queue (still a placeholder).' };
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'REMOTE', message: 'refused', diagnostics: [finding] } }));
    const error = await createHostClient(bridge).call('tenants:flows', { id: '0c0b2fab-2285-4e46-917d-4f915bbe7894' }).catch((e: unknown) => e);
    expect(isHostError(error, 'REMOTE') && error.diagnostics).toEqual([finding]);
  });

  it('reports a bridge that throws as a TRANSPORT error', async () => {
    const bridge: HostBridge = { call: () => Promise.reject(new Error('ipc closed')), on: () => () => {} };
    const error = await createHostClient(bridge).call('workspace:get', {}).catch((e: unknown) => e);
    expect(isHostError(error, 'TRANSPORT')).toBe(true);
  });

  it('delivers events that match the contract and drops malformed ones', () => {
    const { bridge, emit } = fakeBridge(() => ({ ok: true, result: {} }));
    const seen: unknown[] = [];
    createHostClient(bridge).on('workspace:changed', (payload) => seen.push(payload));
    emit('workspace:changed', { paths: ['a.flow.json'] });
    emit('workspace:changed', { paths: '../../etc/passwd' });
    expect(seen).toEqual([{ paths: ['a.flow.json'] }]);
  });

  it('prefers the bridge the preload installed over HTTP', () => {
    const { bridge } = fakeBridge(() => ({ ok: true, result: {} }));
    expect(detectTransport({ flowpackHost: bridge } as unknown as typeof globalThis)).toBe(bridge);
  });
});

describe('host client over HTTP (browser host)', () => {
  function fakeEventSource() {
    const handlers = new Map<string, ((event: { data?: unknown }) => void)[]>();
    const opened: string[] = [];
    const open = (url: string): EventSourceLike => {
      opened.push(url);
      return {
        addEventListener: (type, listener) => handlers.set(type, [...(handlers.get(type) ?? []), listener]),
        close: () => {},
      };
    };
    const fire = (type: string, data: string) => handlers.get(type)?.forEach((handler) => handler({ data }));
    return { open, opened, fire };
  }

  it('POSTs the arguments as JSON to /api/call/<name> with credentials', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: { entries: [] } })));
    const client = createHostClient(httpTransport({ fetch, openEventSource: fakeEventSource().open }));
    await expect(client.call('recovery:list', {})).resolves.toEqual({ entries: [] });
    expect(fetch).toHaveBeenCalledWith('/api/call/recovery:list', expect.objectContaining({ method: 'POST', credentials: 'include', body: '{}' }));
  });

  it('turns an error response into a HostCallError with its code', async () => {
    const body = JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'no such file' } });
    const fetch = vi.fn(async () => new Response(body, { status: 404 }));
    const client = createHostClient(httpTransport({ fetch, openEventSource: fakeEventSource().open }));
    const error = await client.call('flow:read', { path: 'gone.flow.json' }).catch((e: unknown) => e);
    expect(isHostError(error, 'NOT_FOUND')).toBe(true);
  });

  it('reports a refused request without a response body (no session cookie) as TRANSPORT', async () => {
    const fetch = vi.fn(async () => new Response('Forbidden', { status: 403, statusText: 'Forbidden' }));
    const client = createHostClient(httpTransport({ fetch, openEventSource: fakeEventSource().open }));
    const error = await client.call('workspace:get', {}).catch((e: unknown) => e);
    expect(isHostError(error, 'TRANSPORT')).toBe(true);
    expect((error as Error).message).toContain('403');
  });

  it('receives named and enveloped server-sent events on one shared stream', () => {
    const events = fakeEventSource();
    const client = createHostClient(httpTransport({ fetch: vi.fn(), openEventSource: events.open }));
    const seen: unknown[] = [];
    client.on('workspace:changed', (payload) => seen.push(payload));
    client.on('app:openFile', (payload) => seen.push(payload));
    events.fire('workspace:changed', JSON.stringify({ paths: ['x.flow.json'] }));
    events.fire('message', JSON.stringify({ event: 'app:openFile', payload: { path: 'y.flow.json' } }));
    expect(seen).toEqual([{ paths: ['x.flow.json'] }, { path: 'y.flow.json' }]);
    expect(events.opened).toEqual(['/api/events']);
  });
});
