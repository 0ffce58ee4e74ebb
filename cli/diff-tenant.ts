import type { Flow } from '../shared/format/flow-schema';
import { bindingFor } from '../shared/sync/sync-file';
import { alignTenantIds } from '../shared/sync/tenant-ids';
import { isTenantApiError } from '../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../shared/tenant-api/tenant-client';
import { CommandError } from './cli-error';
import type { ResolvedSide } from './diff-inputs';
import { printable } from './printable';
import { openWorkspace } from './sync-workspace';
import { tenantFailure } from './tenant-access';

/**
 * The tenant's version of a workspace flow, at `revision` or the current one, and the local
 * flow beside it, ready to compare. The tenant's flow is the one the workspace's sync state
 * binds the file to (a flow imported as a copy has another id there), else the same id.
 */
export async function tenantSides(
  client: TenantClient,
  options: { tenantUrl: string; workspace: string; revision: number | undefined },
  local: ResolvedSide & { flow: Flow },
): Promise<[ResolvedSide, ResolvedSide]> {
  const workspace = openWorkspace(options.workspace);
  const syncFile = await workspace.run(() => workspace.sync.read());
  try {
    const { data: tenant } = await client.call('getTenant');
    const remoteId = bindingFor(syncFile, tenant.id, local.flow.id)?.remoteId ?? local.flow.id;
    const { document, revision } = await remoteVersion(client, remoteId, options.revision);
    // The tenant writes the ids of the entities it linked or created into its copy; that is not
    // an edit of the file, so references naming the same entity are given the same ids, as sync
    // compares them.
    const [theirs, mine] = [structuredClone(document), structuredClone(local.flow)];
    alignTenantIds([theirs, mine]);
    const label = `${options.tenantUrl} flow ${remoteId} revision ${revision}`;
    return [{ label, flow: theirs, bindsTo: local.flow.id }, { ...local, flow: mine }];
  } catch (error) {
    throw tenantFailure(error);
  }
}

async function remoteVersion(client: TenantClient, id: string, revision: number | undefined): Promise<{ document: Flow; revision: number }> {
  try {
    if (revision === undefined) {
      const { data } = await client.call('getFlow', { params: { id } });
      return { document: data.document, revision: data.revision };
    }
    const { data } = await client.call('getRevision', { params: { id, revision } });
    return { document: data.document, revision: data.revision };
  } catch (error) {
    if (!isTenantApiError(error, 'not-found')) throw error;
    const what = revision === undefined ? `flow ${id}` : `revision ${revision} of the flow ${id}`;
    throw new CommandError(`the tenant has no ${printable(what)}`);
  }
}
