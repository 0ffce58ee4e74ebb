import type { HostHandlers, HostResult } from '../../shared/host/contract';
import { bindingFor } from '../../shared/sync/sync-file';
import type { SyncFile } from '../../shared/sync/sync-file';
import { hasLiveView } from '../../shared/tenant-api/flow-stats';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import type { SyncStore } from './workspace-state';

export type TenantLiveViewHandlers = Pick<HostHandlers, 'tenants:liveView'>;
export type LiveView = HostResult<'tenants:liveView'>;

/**
 * A workspace flow's live view on a tenant: which tenant flow it is (the sync binding a push or
 * pull recorded, else the same id), its status there, and its statistics while it runs or has
 * run. The editor and `flowpack stats` both read it so.
 */
export async function liveViewOf(client: TenantClient, syncFile: SyncFile, flowId: string): Promise<LiveView> {
  const { data: tenant } = await client.call('getTenant');
  const remoteId = bindingFor(syncFile, tenant.id, flowId)?.remoteId ?? flowId;
  let status;
  try {
    status = (await client.call('getFlow', { params: { id: remoteId } })).data.status;
  } catch (error) {
    if (isTenantApiError(error) && error.detail.kind === 'not-found') return { remoteId: null, status: null, stats: null };
    throw error;
  }
  const stats = hasLiveView(status) ? (await client.call('getFlowStats', { params: { id: remoteId } })).data : null;
  return { remoteId, status, stats };
}

export function createTenantLiveViewHandlers(options: {
  syncStore: SyncStore;
  withClient: <T>(id: string, use: (client: TenantClient) => Promise<T>) => Promise<T>;
}): TenantLiveViewHandlers {
  return {
    async 'tenants:liveView'({ id, flowId }) {
      const syncFile = await options.syncStore.read();
      return options.withClient(id, (client) => liveViewOf(client, syncFile, flowId));
    },
  };
}
