import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { createTenantCatalogs } from './tenant-catalogs';
import type { CatalogHostCall } from './tenant-catalogs';
import { syncedCatalog } from './tenant-checks';

const CLASSROOM = '0c0b2fab-2285-4e46-917d-4f915bbe7894';
const SYNCED = '05a91555-8edd-48cd-a4f1-540bab16ed50';
const NEVER = '7012c0cf-f3ce-477f-8ead-c7f46fcdabe1';
const SNAPSHOT = { format: 'flowpack.catalog', tenant: { id: 't-classroom' } } as unknown as CatalogSnapshot;

/** A host with one contact-center tenant, which knows one flow as synchronised with it; and the calls it got. */
function fakeHost() {
  const calls: string[] = [];
  const call = (async (name: string, args: { flowId?: string }) => {
    calls.push(name);
    if (name === 'tenants:syncedWith') return { tenantIds: args.flowId === SYNCED ? ['t-classroom'] : [] };
    if (name === 'tenants:list') return { connections: [{ id: CLASSROOM, name: 'Classroom' }], keychain: { protects: true } };
    if (name === 'tenants:test') return { info: { id: 't-classroom', name: 'Classroom tenant', profile: 'contact-center' } };
    if (name === 'tenants:catalog') return { snapshot: SNAPSHOT };
    throw new Error(`unexpected ${name}`);
  }) as unknown as CatalogHostCall;
  return { call, calls };
}

/** Asks until the answer stops changing: each answer may ask the host for the next thing it needs. */
async function settle(read: () => unknown): Promise<unknown> {
  for (let round = 0; round < 10; round += 1) {
    read();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return read();
}

const flow = (id: string, profile: 'contact-center' | 'pipeline') => ({ ...createFlow({ profile, name: 'Sales IVR', now: new Date('2026-01-01T00:00:00Z') }), id });

describe('the tenant an open flow is checked against', () => {
  it('is the connected tenant it was pushed to or pulled from, whose catalog is read for it', async () => {
    const { call } = fakeHost();
    const store = createTenantCatalogs(call);
    expect(await settle(() => syncedCatalog(flow(SYNCED, 'contact-center'), store.getState()))).toBe(SNAPSHOT);
  });

  it('is none for a flow never synchronised, and then no tenant is asked anything', async () => {
    const { call, calls } = fakeHost();
    const store = createTenantCatalogs(call);
    expect(await settle(() => syncedCatalog(flow(NEVER, 'contact-center'), store.getState()))).toBeUndefined();
    expect(new Set(calls)).toEqual(new Set(['tenants:syncedWith']));
  });

  it('is none when the synchronised tenant is of another profile than the flow', async () => {
    const { call, calls } = fakeHost();
    const store = createTenantCatalogs(call);
    expect(await settle(() => syncedCatalog(flow(SYNCED, 'pipeline'), store.getState()))).toBeUndefined();
    expect(calls).not.toContain('tenants:catalog');
  });
});
