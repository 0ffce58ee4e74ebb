import { describe, expect, it } from 'vitest';
import type { LiveViewActions } from './live-view-actions';
import { createLiveViewStore } from './live-view-store';
import type { LiveViewReading } from './live-view-store';

const FLOW = '9a4c6a1e-0f0e-4c57-8f0b-2f1d8a6b7c31';
const stats = (enrolled: number): LiveViewReading => ({
  remoteId: FLOW,
  status: 'published',
  stats: { flowId: FLOW, at: '2026-12-06T10:00:00Z', enrolled, running: 1, steps: { ask: { entered: enrolled, left: { answered: 1 }, waiting: 1, ended: 0 } } },
});

/** A host whose answers the test releases one by one, to order them as a slow tenant would. */
function slowHost(connections = [{ id: 'c1', name: 'Classroom' }, { id: 'c2', name: 'Production' }]) {
  const pending: { connectionId: string; resolve: (reading: LiveViewReading) => void; reject: (error: unknown) => void }[] = [];
  const actions: LiveViewActions = {
    connections: async () => connections,
    liveView: (connectionId) => new Promise((resolve, reject) => pending.push({ connectionId, resolve, reject })),
  };
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { actions, pending, settled };
}

describe('the live view store', () => {
  it('opens on the first connected tenant and shows its figures', async () => {
    const host = slowHost();
    const store = createLiveViewStore(host.actions, () => 1000);
    const opening = store.getState().open(FLOW);
    await host.settled();
    expect(host.pending.map((call) => call.connectionId)).toEqual(['c1']);
    host.pending[0]!.resolve(stats(12));
    await opening;
    expect(store.getState()).toMatchObject({ flowId: FLOW, connectionId: 'c1', readAt: 1000, loading: false });
    expect(store.getState().reading?.stats?.enrolled).toBe(12);
  });

  it('drops a slow answer from the tenant the user moved away from', async () => {
    const host = slowHost();
    const store = createLiveViewStore(host.actions);
    void store.getState().open(FLOW);
    await host.settled();
    void store.getState().choose('c2');
    await host.settled();
    host.pending[1]!.resolve(stats(2));
    await host.settled();
    host.pending[0]!.resolve(stats(99));
    await host.settled();
    expect(store.getState().connectionId).toBe('c2');
    expect(store.getState().reading?.stats?.enrolled).toBe(2);
  });

  it('drops an answer that arrives after the view was closed', async () => {
    const host = slowHost();
    const store = createLiveViewStore(host.actions);
    void store.getState().open(FLOW);
    await host.settled();
    store.getState().close();
    host.pending[0]!.resolve(stats(5));
    await host.settled();
    expect(store.getState()).toMatchObject({ flowId: undefined, reading: undefined });
  });

  it('keeps the last figures when a refresh fails, with the reason', async () => {
    const host = slowHost();
    const store = createLiveViewStore(host.actions);
    void store.getState().open(FLOW);
    await host.settled();
    host.pending[0]!.resolve(stats(3));
    await host.settled();
    const refreshing = store.getState().refresh();
    // A second refresh while one is under way asks nothing more of the tenant.
    await store.getState().refresh();
    expect(host.pending).toHaveLength(2);
    host.pending[1]!.reject(new Error('offline'));
    await refreshing;
    expect(store.getState().reading?.stats?.enrolled).toBe(3);
    expect(store.getState().error).toEqual(new Error('offline'));
  });

  it('says so when no tenant is connected', async () => {
    const host = slowHost([]);
    const store = createLiveViewStore(host.actions);
    await store.getState().open(FLOW);
    expect(store.getState()).toMatchObject({ connections: [], connectionId: undefined, reading: undefined });
    expect(host.pending).toEqual([]);
  });
});
