import { checkPush } from '../../shared/sync/check-push';
import type { PushedFlow } from '../../shared/sync/check-push';
import { flowContentHash } from '../../shared/format/content-hash';
import { bindingFor } from '../../shared/sync/sync-file';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import type { SyncStore } from './workspace-state';
import { readWorkspaceFlow } from './workspace-flows';
import type { WorkspaceRoot } from './workspace-root';

/**
 * The import's If-Match per flow for a push from the workspace, for each pushed flow last pulled
 * or pushed here (`.flowpack/sync.json`), judged as `flowpack push` judges it
 * (shared/sync/check-push.ts): the revision its tenant copy is at now when nothing changed there
 * since (a new revision of the same content is no change), else the revision last synchronised,
 * which the tenant refuses (412) as a flow saved or deleted there since; the push then never
 * overwrites a colleague's change unasked, and the Sync view shows both sides. A flow never
 * synchronised with this tenant carries none.
 */
export async function expectedRevisionsOf(root: WorkspaceRoot, syncStore: SyncStore, client: TenantClient, paths: readonly string[]): Promise<Record<string, number>> {
  const [{ data: tenant }, file, locals, { data: list }] = await Promise.all([
    client.call('getTenant'),
    syncStore.read(),
    Promise.all(paths.map((path) => readWorkspaceFlow(root, path))),
    client.call('listFlows'),
  ]);
  const flows: PushedFlow[] = [];
  const synced = new Map<string, number>();
  for (const { flow } of locals) {
    const binding = bindingFor(file, tenant.id, flow.id);
    if (!binding) continue;
    flows.push({ local: flow, targetId: binding.remoteId, action: 'update' });
    synced.set(flow.id, binding.revision);
  }
  const remoteHash = async (id: string) => flowContentHash((await client.call('getFlow', { params: { id } })).data.document);
  const check = await checkPush({ tenantId: tenant.id, flows, syncFile: file, remoteFlows: list.flows, remoteHash });
  const expected = { ...check.expectedRevisions };
  for (const overwrite of check.overwrites) expected[overwrite.remoteId] = synced.get(overwrite.id)!;
  return expected;
}
