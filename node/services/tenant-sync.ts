import { serializeFlow } from '../../shared/format/flow-file';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { SyncRow } from '../../shared/host/tenant-calls';
import { compareWithTenant } from '../../shared/sync/compare-with-tenant';
import { flowContentHash } from '../../shared/format/content-hash';
import { decidePull } from '../../shared/sync/decide-pull';
import { baselineAfterPush } from '../../shared/sync/record-push';
import { bindingFor, recordSync } from '../../shared/sync/sync-file';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { replaceFile, writeNewFlowFile } from './flow-file-writes';
import { compareWithBase, mergeWithTenant } from './tenant-merge';
import type { SummaryCache } from './summary-cache';
import { readWorkspaceFlow, readWorkspaceFlowsOf } from './workspace-flows';
import type { SyncStore } from './workspace-state';
import type { WorkspaceRoot } from './workspace-root';

export type TenantSyncHandlers = Pick<HostHandlers, 'tenants:syncedWith' | 'tenants:status' | 'tenants:compare' | 'tenants:pull' | 'tenants:keepMine' | 'tenants:merge'>;

const ALL_PROFILES: ReadonlySet<string> = new Set(['conversations', 'pipeline', 'journeys', 'contact-center']);

/**
 * Sync between the open workspace and a tenant: the state of each flow, a semantic diff
 * before overwriting, and pulls that never replace a local change unasked. What was last
 * synchronised lives in `<workspace>/.flowpack/sync.json`.
 */
export function createTenantSyncHandlers(options: {
  root: WorkspaceRoot;
  summaries: SummaryCache;
  clock: () => Date;
  /** `.flowpack/sync.json` ({@link createSyncStore}), shared with push so its updates are serialised. */
  syncStore: SyncStore;
  /** Runs `use` with a client for the connection, mapping tenant failures to host errors. */
  withClient: <T>(id: string, use: (client: TenantClient) => Promise<T>) => Promise<T>;
}): TenantSyncHandlers {
  const { root, summaries, clock, withClient } = options;
  const syncStore = options.syncStore;
  const workspaceFlows = () => readWorkspaceFlowsOf(root, summaries, ALL_PROFILES);

  return {
    async 'tenants:syncedWith'({ flowId }) {
      const file = await syncStore.read();
      return { tenantIds: Object.keys(file.tenants).filter((tenantId) => bindingFor(file, tenantId, flowId) !== undefined) };
    },

    async 'tenants:status'({ id }) {
      return withClient(id, async (client) => {
        const { data: tenant } = await client.call('getTenant');
        const { data: list } = await client.call('listFlows');
        const remoteHash = async (flowId: string) => flowContentHash((await client.call('getFlow', { params: { id: flowId } })).data.document);
        // A tenant takes flows of its own profile only: the others could never be pushed there.
        const all = await workspaceFlows();
        const locals = all.filter((local) => local.flow.profile === tenant.profile);
        const rows = await compareWithTenant({ tenantId: tenant.id, locals, syncFile: await syncStore.read(), remoteFlows: list.flows, remoteHash });
        return {
          tenant: { id: tenant.id, name: tenant.name, profile: tenant.profile },
          otherProfiles: all.length - locals.length,
          rows: rows.map((row): SyncRow => ({ id: row.id, name: row.name, path: row.path ?? null, status: row.status, tenantCopyDiffers: row.tenantCopyDiffers, remoteId: row.remote?.id ?? null, revision: row.remote?.revision ?? null })),
        };
      });
    },

    async 'tenants:compare'({ id, path }) {
      return withClient(id, (client) => compareWithBase({ root, syncStore, clock }, client, path));
    },

    async 'tenants:merge'(args) {
      return withClient(args.id, (client) => mergeWithTenant({ root, syncStore, clock }, client, args));
    },

    async 'tenants:keepMine'({ id, path, revision }) {
      const local = await readWorkspaceFlow(root, path);
      return withClient(id, async (client) => {
        const { data: tenant } = await client.call('getTenant');
        const remoteId = bindingFor(await syncStore.read(), tenant.id, local.flow.id)?.remoteId ?? local.flow.id;
        let updated;
        try {
          updated = await client.call('updateFlow', { params: { id: remoteId }, body: { document: local.flow }, revision });
        } catch (error) {
          if (isTenantApiError(error, 'conflict')) {
            throw new HostError('CONFLICT', 'the flow changed on the tenant again since you compared it; compare again before keeping yours');
          }
          throw error;
        }
        // What the tenant stored, as after a push: its hash is kept beside the file's where the two differ.
        const stored = { flowId: local.flow.id, targetId: remoteId, revision: updated.revision ?? updated.data.revision, contentHash: flowContentHash(updated.data.document) };
        const binding = baselineAfterPush(local.flow, stored, clock())!;
        await syncStore.update((file) => ({ next: recordSync(file, { id: tenant.id, url: client.baseUrl }, local.flow.id, binding), result: undefined }));
        return { revision: updated.data.revision };
      });
    },

    async 'tenants:pull'({ id, remoteIds, force, folder }) {
      return withClient(id, async (client) => {
        const { data: tenant } = await client.call('getTenant');
        const locals = await workspaceFlows();
        const results = [];
        for (const remoteId of remoteIds) {
          const { data: remote } = await client.call('getFlow', { params: { id: remoteId } });
          const decision = decidePull({ tenantId: tenant.id, remote, locals, syncFile: await syncStore.read(), force });
          if (decision.action === 'keep') {
            results.push({ remoteId, name: remote.name, outcome: 'kept' as const, path: decision.local.path });
            continue;
          }
          let path: string;
          if (decision.action === 'update') {
            path = decision.local.path;
            await replaceFile(root, path, serializeFlow(remote.document), clock());
          } else {
            path = await writeNewFlowFile(root, folder, remote.document);
          }
          // Recorded after each flow, so an interrupted pull still remembers what it wrote.
          await syncStore.update((file) => ({
            next: recordSync(file, { id: tenant.id, url: client.baseUrl }, remote.document.id, {
              remoteId: remote.id,
              revision: remote.revision,
              contentHash: flowContentHash(remote.document),
              syncedAt: clock().toISOString(),
            }),
            result: undefined,
          }));
          results.push({ remoteId, name: remote.name, outcome: decision.action === 'update' ? ('updated' as const) : ('created' as const), path });
        }
        if (results.length === 0) throw new HostError('INVALID_ARGS', 'no flows to pull');
        return { results };
      });
    },
  };
}
