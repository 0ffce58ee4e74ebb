import type { Flow } from '../format/flow-schema';
import type { LocalFlow } from './compare-with-tenant';
import { flowContentHash } from '../format/content-hash';
import { bindingFor } from './sync-file';
import type { SyncFile } from './sync-file';
import { syncStatus } from './sync-status';

/** What pulling one tenant flow does to the local folder. */
export type PullDecision =
  /** The local copy changed since the last sync: kept unless the user forces the pull. */
  | { action: 'keep'; local: LocalFlow; reason: 'local-changes' | 'both-changed' }
  /** Replace the local file with the tenant's flow. */
  | { action: 'update'; local: LocalFlow }
  /** The folder does not have it: a new file. */
  | { action: 'create' };

export interface PullInput {
  tenantId: string;
  remote: { id: string; revision: number; document: Flow };
  locals: readonly LocalFlow[];
  syncFile: SyncFile;
  /** Replace local changes too (the user chose the tenant's version). */
  force: boolean;
}

/**
 * Decides one flow of a pull: the local flow bound to the remote one (or with its id) is
 * replaced unless it changed since the last sync, which is never overwritten unasked.
 */
export function decidePull({ tenantId, remote, locals, syncFile, force }: PullInput): PullDecision {
  const local = locals.find((candidate) => (bindingFor(syncFile, tenantId, candidate.flow.id)?.remoteId ?? candidate.flow.id) === remote.id);
  if (!local) return { action: 'create' };
  if (!force) {
    const status = syncStatus({
      baseline: bindingFor(syncFile, tenantId, local.flow.id),
      localHash: flowContentHash(local.flow),
      remote: { revision: remote.revision, contentHash: flowContentHash(remote.document) },
    });
    if (status === 'local-changes' || status === 'both-changed') return { action: 'keep', local, reason: status };
  }
  return { action: 'update', local };
}
