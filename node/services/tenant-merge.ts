import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { flowSchema } from '../../shared/format/flow-schema';
import type { HostHandlers, HostResult } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { flowContentHash } from '../../shared/format/content-hash';
import { diffFlows } from '../../shared/sync/flow-diff';
import { canvasDiff } from '../../shared/sync/canvas-diff';
import { mergeFlows } from '../../shared/sync/merge-flows';
import { baselineAfterPush } from '../../shared/sync/record-push';
import { bindingFor, recordSync } from '../../shared/sync/sync-file';
import { threeWayDiff } from '../../shared/sync/three-way';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { replaceFile } from './flow-file-writes';
import { readWorkspaceFlow } from './workspace-flows';
import type { SyncStore } from './workspace-state';
import type { WorkspaceRoot } from './workspace-root';

export interface MergeContext {
  root: WorkspaceRoot;
  syncStore: SyncStore;
  clock: () => Date;
}

/**
 * The version of the flow last synchronised with the tenant, as the tenant stored it at the
 * revision `.flowpack/sync.json` records; undefined with the reason when there is none to have
 * (never synchronised, or bound to another tenant flow) or the tenant cannot give it (a tenant
 * from before revision documents could be read, or the revision is gone).
 */
async function baseVersion(client: TenantClient, binding: { remoteId: string; revision: number } | undefined, remoteId: string): Promise<{ base?: Flow; revision: number | null; missing: 'not-synced' | 'unavailable' | null }> {
  if (!binding || binding.remoteId !== remoteId) return { revision: null, missing: 'not-synced' };
  try {
    const { data } = await client.call('getRevision', { params: { id: remoteId, revision: binding.revision } });
    return { base: data.document, revision: binding.revision, missing: null };
  } catch (error) {
    if (isTenantApiError(error, 'not-found')) return { revision: null, missing: 'unavailable' };
    throw error;
  }
}

/** Sync's Compare: the two-way diff, and the three-way one from the version last synchronised. */
export async function compareWithBase({ root, syncStore }: MergeContext, client: TenantClient, path: string): Promise<HostResult<'tenants:compare'>> {
  const local = await readWorkspaceFlow(root, path);
  const { data: tenant } = await client.call('getTenant');
  const binding = bindingFor(await syncStore.read(), tenant.id, local.flow.id);
  const remoteId = binding?.remoteId ?? local.flow.id;
  const { data: remote } = await client.call('getFlow', { params: { id: remoteId } });
  const base = await baseVersion(client, binding, remoteId);
  const diff = diffFlows(remote.document, local.flow);
  return {
    remoteName: remote.name,
    remoteRevision: remote.revision,
    diff,
    canvas: canvasDiff(remote.document, local.flow, diff),
    threeWay: threeWayDiff({ base: base.base, mine: local.flow, theirs: remote.document }),
    baseRevision: base.revision,
    baseMissing: base.missing,
    mineHash: flowContentHash(local.flow),
  };
}

/** What still needs a choice, for the refusal's message. */
function undecidedText(undecided: { flow: string[]; steps: string[]; fields: { stepId: string; key: string }[] }): string {
  return [...undecided.flow, ...undecided.steps.map((id) => `step ${id}`), ...undecided.fields.map(({ stepId, key }) => `${key} of step ${stepId}`)].join(', ');
}

/**
 * Sync's merge: the workspace copy and the tenant's merged as chosen, saved over the file (with
 * a backup) and sent to the tenant at the revision compared. The file is bound first to the
 * tenant's version it merged, so it reads as changed here if the tenant refuses the result; then,
 * once the tenant stores it, to that revision, and it reads as in sync.
 */
export async function mergeWithTenant(context: MergeContext, client: TenantClient, args: Parameters<HostHandlers['tenants:merge']>[0]): Promise<HostResult<'tenants:merge'>> {
  const { root, syncStore, clock } = context;
  const local = await readWorkspaceFlow(root, args.path);
  if (flowContentHash(local.flow) !== args.mineHash) throw new HostError('CONFLICT', 'the file changed since you compared it; compare again before merging');
  const { data: tenant } = await client.call('getTenant');
  const binding = bindingFor(await syncStore.read(), tenant.id, local.flow.id);
  const remoteId = binding?.remoteId ?? local.flow.id;
  const { data: remote } = await client.call('getFlow', { params: { id: remoteId } });
  if (remote.revision !== args.revision) throw new HostError('CONFLICT', 'the flow changed on the tenant again since you compared it; compare again before merging');
  const base = args.baseRevision === null ? undefined : (await client.call('getRevision', { params: { id: remoteId, revision: args.baseRevision } })).data.document;

  const merged = mergeFlows({ base, mine: local.flow, theirs: remote.document }, args.choices);
  if (!merged.ok) throw new HostError('INVALID_ARGS', `choose a version for: ${undecidedText(merged.undecided)}`);
  const parsed = flowSchema.safeParse(merged.flow);
  if (!parsed.success) throw new HostError('INVALID_ARGS', `the merged flow is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  const flow = parsed.data;

  await replaceFile(root, args.path, serializeFlow(flow), clock());
  const tenantRef = { id: tenant.id, url: client.baseUrl };
  const merging = { remoteId, revision: remote.revision, contentHash: flowContentHash(remote.document), syncedAt: clock().toISOString() };
  await syncStore.update((file) => ({ next: recordSync(file, tenantRef, flow.id, merging), result: undefined }));

  let updated;
  try {
    updated = await client.call('updateFlow', { params: { id: remoteId }, body: { document: flow }, revision: remote.revision });
  } catch (error) {
    if (isTenantApiError(error)) return { revision: null, sendProblem: error.message };
    throw error;
  }
  const stored = { flowId: flow.id, targetId: remoteId, revision: updated.revision ?? updated.data.revision, contentHash: flowContentHash(updated.data.document) };
  const sent = baselineAfterPush(flow, stored, clock())!;
  await syncStore.update((file) => ({ next: recordSync(file, tenantRef, flow.id, sent), result: undefined }));
  return { revision: updated.data.revision, sendProblem: null };
}
