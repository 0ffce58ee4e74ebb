import type { Flow } from '../format/flow-schema';
import { flowContentHash } from '../format/content-hash';
import { bindingFor } from './sync-file';
import type { SyncFile } from './sync-file';
import { knownRemoteHash, syncStatus } from './sync-status';

/** One flow a push writes to the tenant: the local flow, and what its import plan does with it. */
export interface PushedFlow {
  local: Flow;
  /** The tenant flow it becomes: the one an update replaces, or the id a create takes. */
  targetId: string;
  action: 'create' | 'update';
}

/** Why pushing a flow would replace something nobody here has seen. */
export type OverwriteReason =
  /** The tenant's copy changed since the last pull or push; the local one did not. */
  | 'remote-changes'
  /** Both changed (or, never synchronised, the two copies differ): a person chooses. */
  | 'both-changed'
  /** The flow was pulled or pushed, and has since been deleted on the tenant. */
  | 'deleted-on-tenant';

export interface Overwrite {
  /** The local flow's id and name. */
  id: string;
  name: string;
  /** The tenant flow it would replace or create again. */
  remoteId: string;
  reason: OverwriteReason;
  /** The tenant's revision now (none when deleted) and the one last synchronised (none when never). */
  revision?: number;
  syncedRevision?: number;
}

export interface PushCheck {
  /** Per tenant flow id an update replaces, the revision it is at now: what the import sends as its If-Match. */
  expectedRevisions: Record<string, number>;
  /** The flows whose push would overwrite a change on the tenant (empty: nothing to ask). */
  overwrites: Overwrite[];
}

export interface PushCheckInput {
  tenantId: string;
  flows: readonly PushedFlow[];
  syncFile: SyncFile;
  /** The tenant's flows now, with their revisions (`GET /v1/flows`). */
  remoteFlows: readonly { id: string; revision: number }[];
  /** The content hash of a tenant flow's current document; asked only when its revision moved since the baseline. */
  remoteHash: (id: string) => Promise<string>;
}

/**
 * What a push from the workspace would overwrite, judged as `flowpack status` judges it
 * (sync-status.ts): a flow the push replaces whose tenant copy changed since the last pull or
 * push (remote changes, both changed), and a flow synchronised before that is gone from the
 * tenant and would be created again. Nothing on the tenant is replaced unasked, so the caller
 * asks, refuses, or (forced) goes on; either way the import carries `expectedRevisions`, so
 * a change made after this check is refused by the tenant itself.
 */
export async function checkPush({ tenantId, flows, syncFile, remoteFlows, remoteHash }: PushCheckInput): Promise<PushCheck> {
  const remoteById = new Map(remoteFlows.map((remote) => [remote.id, remote]));
  const expectedRevisions: Record<string, number> = {};
  const overwrites: Overwrite[] = [];
  for (const { local, targetId, action } of flows) {
    const binding = bindingFor(syncFile, tenantId, local.id);
    const named = { id: local.id, name: local.name, remoteId: targetId, ...(binding ? { syncedRevision: binding.revision } : {}) };
    const remote = remoteById.get(targetId);
    if (!remote) {
      // Planned before the flow went, or a create: only a flow this workspace synchronised was "deleted".
      if (binding && !remoteById.has(binding.remoteId)) overwrites.push({ ...named, remoteId: binding.remoteId, reason: 'deleted-on-tenant' });
      continue;
    }
    if (action !== 'update') continue;
    expectedRevisions[targetId] = remote.revision;
    // A binding to another tenant flow (the local flow was once imported as a copy) says nothing about this one.
    const baseline = binding?.remoteId === targetId ? binding : undefined;
    const contentHash = knownRemoteHash(baseline, remote) ?? (await remoteHash(targetId));
    const status = syncStatus({ baseline, localHash: flowContentHash(local), remote: { revision: remote.revision, contentHash } });
    if (status === 'remote-changes' || status === 'both-changed') overwrites.push({ ...named, reason: status, revision: remote.revision });
  }
  return { expectedRevisions, overwrites };
}
