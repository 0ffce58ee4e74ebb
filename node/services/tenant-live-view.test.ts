import { describe, expect, it } from 'vitest';
import { emptySyncFile } from '../../shared/sync/sync-file';
import type { SyncFile } from '../../shared/sync/sync-file';
import { TenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { createTenantLiveViewHandlers } from './tenant-live-view';
import type { SyncStore } from './workspace-state';

const LOCAL = '9a4c6a1e-0f0e-4c57-8f0b-2f1d8a6b7c31';
const COPY = '1f7d1c1e-5b7a-4a8e-9a51-6c1d9d8e2b40';
const TENANT = 't-classroom';
const stats = (flowId: string) => ({ flowId, at: '2026-12-06T10:00:00Z', enrolled: 4, running: 1, steps: {} });

/** A tenant holding `flows` (id -> status); records which routes were asked. */
function tenant(flows: Record<string, string>) {
  const asked: string[] = [];
  const client = {
    baseUrl: 'http://tenant.test',
    call: async (name: string, input: { params?: { id: string } } = {}) => {
      asked.push(`${name} ${input.params?.id ?? ''}`.trim());
      if (name === 'getTenant') return { data: { id: TENANT } };
      const status = flows[input.params!.id];
      if (!status) throw new TenantApiError({ kind: 'not-found', status: 404 }, 'not found');
      if (name === 'getFlow') return { data: { status } };
      return { data: stats(input.params!.id) };
    },
  } as unknown as TenantClient;
  return { client, asked };
}

function handlers(client: TenantClient, sync: SyncFile = emptySyncFile()) {
  const syncStore = { read: async () => sync } as unknown as SyncStore;
  return createTenantLiveViewHandlers({ syncStore, withClient: (_id, use) => use(client) });
}

const CONNECTION = '0c8f3c52-2b0e-4e0c-9a55-3b6f0d3a9e11';

describe('the live view host call', () => {
  it('reads the statistics of the tenant flow of the same id while it runs', async () => {
    const { client } = tenant({ [LOCAL]: 'published' });
    expect(await handlers(client)['tenants:liveView']({ id: CONNECTION, flowId: LOCAL })).toEqual({ remoteId: LOCAL, status: 'published', stats: stats(LOCAL) });
  });

  it('follows the sync binding to a copy imported under another id', async () => {
    const { client } = tenant({ [COPY]: 'active' });
    const sync: SyncFile = {
      ...emptySyncFile(),
      tenants: { [TENANT]: { url: 'http://tenant.test', flows: { [LOCAL]: { remoteId: COPY, revision: 3, contentHash: `sha256:${'a'.repeat(64)}`, syncedAt: '2026-12-06T09:00:00Z' } } } },
    };
    expect((await handlers(client, sync)['tenants:liveView']({ id: CONNECTION, flowId: LOCAL })).remoteId).toBe(COPY);
  });

  it('asks for no statistics of a draft: it has not run ("statistics only appear in workflows that are active or finalized")', async () => {
    const { client, asked } = tenant({ [LOCAL]: 'draft' });
    expect(await handlers(client)['tenants:liveView']({ id: CONNECTION, flowId: LOCAL })).toEqual({ remoteId: LOCAL, status: 'draft', stats: null });
    expect(asked).not.toContain(`getFlowStats ${LOCAL}`);
  });

  it('says the tenant lacks the flow rather than failing', async () => {
    const { client } = tenant({});
    expect(await handlers(client)['tenants:liveView']({ id: CONNECTION, flowId: LOCAL })).toEqual({ remoteId: null, status: null, stats: null });
  });
});
