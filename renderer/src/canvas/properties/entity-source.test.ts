import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../shared/import/catalog-snapshot';
import type { TenantSource } from '../../tenants/catalog-tenant';
import { entitySourceView } from './entity-source';

const classroom: TenantSource = { connectionId: 'c1', name: 'Classroom', tenantId: 't-classroom', profile: 'contact-center' };
const catalog = { tenant: { name: 'Classroom tenant' } } as CatalogSnapshot;
const connected = { status: 'ready' as const, value: { connected: [classroom], unreachable: [] } };
const notSynced = { status: 'ready' as const, value: [] };

describe('where the drawer’s reference fields stand', () => {
  it('picks from the chosen tenant’s catalog once it is read, naming the tenant', () => {
    expect(entitySourceView({ sources: connected, synced: notSynced, chosen: classroom, catalog: { status: 'ready', value: catalog } })).toEqual({ state: 'ready', tenant: 'Classroom', catalog });
  });

  it('keeps the fields typed while the tenants, the flow’s sync state or the catalog are being read', () => {
    expect(entitySourceView({ sources: undefined, synced: undefined, chosen: undefined, catalog: undefined }).state).toBe('loading');
    // Not before the sync state is known: a synced flow must not start on another tenant.
    expect(entitySourceView({ sources: connected, synced: { status: 'loading' }, chosen: classroom, catalog: undefined }).state).toBe('loading');
    expect(entitySourceView({ sources: connected, synced: notSynced, chosen: classroom, catalog: { status: 'loading' } })).toEqual({ state: 'loading', tenant: 'Classroom' });
  });

  it('says there is no tenant to pick from, and which did not answer, so offline editing goes on typed', () => {
    const offline = { status: 'ready' as const, value: { connected: [], unreachable: [{ name: 'Old server', error: new Error('refused') }] } };
    expect(entitySourceView({ sources: offline, synced: notSynced, chosen: undefined, catalog: undefined })).toEqual({ state: 'none', unreachable: ['Old server'] });
  });

  it('reports a catalog that could not be read, with the tenant, and leaves the fields typed', () => {
    const error = new Error('HTTP 500');
    expect(entitySourceView({ sources: connected, synced: { status: 'failed', error }, chosen: classroom, catalog: { status: 'failed', error } })).toEqual({ state: 'failed', tenant: 'Classroom', error });
  });
});
