import { bindingFor } from '../../shared/sync/sync-file';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import type { SyncStore } from './tenant-sync';
import { readWorkspaceFlow } from './workspace-flows';
import type { WorkspaceRoot } from './workspace-root';

/**
 * The import's If-Match per flow for a push from the workspace: the revision each pushed
 * flow's tenant copy had when it was last pulled or pushed (`.flowpack/sync.json`). The tenant
 * refuses (412) a dry-run or apply that would replace a flow saved or deleted there since, so
 * the push never overwrites a colleague's change unasked; the Sync view then shows both sides.
 * A flow never synchronised with this tenant carries none.
 */
export async function expectedRevisionsOf(root: WorkspaceRoot, syncStore: SyncStore, client: TenantClient, paths: readonly string[]): Promise<Record<string, number>> {
  const [{ data: tenant }, file, locals] = await Promise.all([client.call('getTenant'), syncStore.read(), Promise.all(paths.map((path) => readWorkspaceFlow(root, path)))]);
  const expected: Record<string, number> = {};
  for (const { flow } of locals) {
    const binding = bindingFor(file, tenant.id, flow.id);
    if (binding) expected[binding.remoteId] = binding.revision;
  }
  return expected;
}
