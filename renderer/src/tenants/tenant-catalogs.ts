import { create } from 'zustand';
import type { HostArgs, HostResult } from '../../../shared/host/contract';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { hostClient } from '../host/host-client';
import type { TenantSource } from './catalog-tenant';

/** Something fetched from the host once and kept for the session; `failed` keeps the error for the UI to word. */
export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/** The connected tenants: those that answered, and those that did not (with why). */
export interface TenantSources {
  connected: TenantSource[];
  unreachable: { name: string; error: unknown }[];
}

type CatalogCall = 'tenants:list' | 'tenants:test' | 'tenants:catalog' | 'tenants:syncedWith';
export type CatalogHostCall = <K extends CatalogCall>(name: K, args: HostArgs<K>) => Promise<HostResult<K>>;

export interface TenantCatalogsState {
  sources: Loadable<TenantSources> | undefined;
  /** By workspace flow id: the tenants (their own ids) the flow was last pulled from or pushed to. */
  synced: Readonly<Record<string, Loadable<string[]>>>;
  /** By connection id. */
  catalogs: Readonly<Record<string, Loadable<CatalogSnapshot>>>;
  /** The user's choice of tenant, by `flow:<id>` and by `profile:<name>`, for the session. */
  remembered: Readonly<Record<string, string>>;
  /** Each loads once per session (or after a refresh); calling again while loaded or loading does nothing. */
  loadSources(): void;
  loadSynced(flowId: string): void;
  loadCatalog(connectionId: string): void;
  remember(flowId: string, profile: string, connectionId: string): void;
  /** Reads the connections, the flow's sync state and the catalog again (the user's Refresh). */
  refresh(flowId: string, connectionId: string | undefined): void;
  /** Drops everything read from tenants (a connection was added or removed, a push changed a tenant); choices stay. */
  forget(): void;
}

/**
 * The tenant catalogs the properties drawer picks entities from, fetched once per tenant and
 * kept for the session: a catalog can hold 10,000 entities, and every reference field of every
 * step reads the same one. `call` is the host client's (tests pass a fake).
 */
export function createTenantCatalogs(call: CatalogHostCall) {
  return create<TenantCatalogsState>()((set, get) => {
    /**
     * Runs `load` and stores its outcome under `read`/`write`, unless a refresh replaced the
     * loading entry meanwhile (the older answer is then dropped, not shown).
     */
    function track<T>(read: () => Loadable<T> | undefined, write: (value: Loadable<T>) => void, load: () => Promise<T>): void {
      if (read() !== undefined) return;
      const loading: Loadable<T> = { status: 'loading' };
      write(loading);
      load().then(
        (value) => read() === loading && write({ status: 'ready', value }),
        (error: unknown) => read() === loading && write({ status: 'failed', error }),
      );
    }

    async function readSources(): Promise<TenantSources> {
      const { connections } = await call('tenants:list', {});
      const answers = await Promise.allSettled(connections.map((connection) => call('tenants:test', { id: connection.id })));
      const sources: TenantSources = { connected: [], unreachable: [] };
      answers.forEach((answer, index) => {
        const connection = connections[index]!;
        if (answer.status === 'fulfilled') {
          sources.connected.push({ connectionId: connection.id, name: connection.name, tenantId: answer.value.info.id, profile: answer.value.info.profile });
        } else {
          sources.unreachable.push({ name: connection.name, error: answer.reason });
        }
      });
      return sources;
    }

    const without = <T>(record: Readonly<Record<string, T>>, key: string | undefined): Record<string, T> => {
      const copy = { ...record };
      if (key !== undefined) delete copy[key];
      return copy;
    };

    return {
      sources: undefined,
      synced: {},
      catalogs: {},
      remembered: {},
      loadSources: () =>
        track(
          () => get().sources,
          (sources) => set({ sources }),
          readSources,
        ),
      loadSynced: (flowId) =>
        track(
          () => get().synced[flowId],
          (entry) => set((state) => ({ synced: { ...state.synced, [flowId]: entry } })),
          async () => (await call('tenants:syncedWith', { flowId })).tenantIds,
        ),
      loadCatalog: (connectionId) =>
        track(
          () => get().catalogs[connectionId],
          (entry) => set((state) => ({ catalogs: { ...state.catalogs, [connectionId]: entry } })),
          async () => (await call('tenants:catalog', { id: connectionId })).snapshot,
        ),
      remember: (flowId, profile, connectionId) =>
        set((state) => ({ remembered: { ...state.remembered, [`flow:${flowId}`]: connectionId, [`profile:${profile}`]: connectionId } })),
      refresh: (flowId, connectionId) => {
        set((state) => ({ sources: undefined, synced: without(state.synced, flowId), catalogs: without(state.catalogs, connectionId) }));
        get().loadSources();
        get().loadSynced(flowId);
        if (connectionId !== undefined) get().loadCatalog(connectionId);
      },
      forget: () => set({ sources: undefined, synced: {}, catalogs: {} }),
    };
  });
}

/** The application's tenant catalogs, over the host client. */
export const useTenantCatalogs = createTenantCatalogs((name, args) => hostClient.call(name, args));
