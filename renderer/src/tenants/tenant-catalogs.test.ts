import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { HostCallError } from '../host/host-call-error';
import { createTenantCatalogs } from './tenant-catalogs';
import type { CatalogHostCall } from './tenant-catalogs';

const CLASSROOM = '0c0b2fab-2285-4e46-917d-4f915bbe7894';
const GONE = '7012c0cf-f3ce-477f-8ead-c7f46fcdabe1';
const FLOW = '05a91555-8edd-48cd-a4f1-540bab16ed50';

function snapshot(queues: string[]): CatalogSnapshot {
  const entities = Object.fromEntries<{ id: string; name: string }[]>(['user', 'contact', 'team', 'channel', 'tag', 'customField', 'segment', 'form', 'product', 'queue', 'mediaPrompt', 'dispositionList', 'reasonList', 'schedule', 'attachment'].map((kind) => [kind, []]));
  entities['queue'] = queues.map((name, index) => ({ id: `q${index}`, name }));
  return { format: 'flowpack.catalog', version: 1, tenant: { id: 't-classroom', name: 'Classroom tenant', profile: 'contact-center', limits: {} }, entities, flows: [] } as unknown as CatalogSnapshot;
}

/** A host whose tenant answers from `queues` (changeable between calls), and a log of the calls it got. */
function fakeHost() {
  const calls: string[] = [];
  const state = { queues: ['Inbound sales'] };
  const call = (async (name: string, args: { id?: string }) => {
    calls.push(name);
    switch (name) {
      case 'tenants:list':
        return { connections: [{ id: CLASSROOM, name: 'Classroom' }, { id: GONE, name: 'Old server' }], keychain: { protects: true } };
      case 'tenants:test':
        if (args.id === GONE) throw new HostCallError('REMOTE', 'The tenant could not be reached.', name);
        return { info: { id: 't-classroom', name: 'Classroom tenant', profile: 'contact-center' } };
      case 'tenants:syncedWith':
        return { tenantIds: ['t-classroom'] };
      case 'tenants:catalog':
        return { snapshot: snapshot(state.queues) };
    }
    throw new Error(`unexpected ${name}`);
  }) as unknown as CatalogHostCall;
  return { call, calls, state };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const queueNames = (entry: unknown) => ((entry as { value: CatalogSnapshot }).value.entities.queue ?? []).map((queue) => queue.name);

describe('the tenant catalogs the drawer picks from', () => {
  it('learns each connected tenant’s id and profile, and says which could not be reached', async () => {
    const { call } = fakeHost();
    const store = createTenantCatalogs(call);
    store.getState().loadSources();
    expect(store.getState().sources).toEqual({ status: 'loading' });
    await settled();
    const sources = store.getState().sources;
    expect(sources?.status === 'ready' && sources.value.connected).toEqual([{ connectionId: CLASSROOM, name: 'Classroom', tenantId: 't-classroom', profile: 'contact-center' }]);
    expect(sources?.status === 'ready' && sources.value.unreachable.map((entry) => entry.name)).toEqual(['Old server']);
  });

  it('fetches a tenant’s catalog once for every field that asks, and again on refresh', async () => {
    const { call, calls, state } = fakeHost();
    const store = createTenantCatalogs(call);
    store.getState().loadCatalog(CLASSROOM);
    store.getState().loadCatalog(CLASSROOM);
    await settled();
    store.getState().loadCatalog(CLASSROOM);
    expect(calls.filter((name) => name === 'tenants:catalog')).toHaveLength(1);
    expect(queueNames(store.getState().catalogs[CLASSROOM])).toEqual(['Inbound sales']);

    state.queues = ['Inbound sales', 'Renewals'];
    store.getState().refresh(FLOW, CLASSROOM);
    await settled();
    expect(calls.filter((name) => name === 'tenants:catalog')).toHaveLength(2);
    expect(queueNames(store.getState().catalogs[CLASSROOM])).toEqual(['Inbound sales', 'Renewals']);
    expect(store.getState().synced[FLOW]).toEqual({ status: 'ready', value: ['t-classroom'] });
  });

  it('drops an answer a refresh overtook, so an older catalog never replaces a newer one', async () => {
    const { call, state } = fakeHost();
    const store = createTenantCatalogs(call);
    store.getState().loadCatalog(CLASSROOM);
    state.queues = ['Newer'];
    store.getState().refresh(FLOW, CLASSROOM);
    await settled();
    expect(queueNames(store.getState().catalogs[CLASSROOM])).toEqual(['Newer']);
  });

  it('remembers the user’s choice of tenant for the flow and for its profile after the catalogs are forgotten', async () => {
    const store = createTenantCatalogs(fakeHost().call);
    store.getState().remember(FLOW, 'contact-center', CLASSROOM);
    store.getState().loadCatalog(CLASSROOM);
    await settled();
    store.getState().forget();
    expect(store.getState().catalogs).toEqual({});
    expect(store.getState().remembered).toEqual({ [`flow:${FLOW}`]: CLASSROOM, 'profile:contact-center': CLASSROOM });
  });
});
