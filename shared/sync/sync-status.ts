/** What `.flowpack/sync.json` remembers of a local flow last pulled from or pushed to a tenant. */
export interface SyncBaseline {
  /** The tenant's revision of the flow at that moment. */
  revision: number;
  /** {@link flowContentHash} of the local file at that moment. */
  contentHash: string;
  /**
   * {@link flowContentHash} of the document the tenant stored at `revision`, when it differs from
   * the file's: a push whose tenant fills in or keeps values the file leaves open (a created
   * tag's id, a sender kept from the tenant). Absent: both sides held the same content.
   */
  remoteHash?: string | undefined;
}

/** How a local flow stands against its copy on a tenant. */
export type SyncStatus = 'in-sync' | 'local-changes' | 'remote-changes' | 'both-changed' | 'not-on-tenant';

export interface SyncSides {
  /** Last synchronised state, if the flow was ever pulled or pushed with this tenant. */
  baseline?: SyncBaseline | undefined;
  /** The local flow's content hash now. */
  localHash: string;
  /** The tenant's copy now, or undefined when the tenant has no flow with this id. */
  remote?: { revision: number; contentHash: string } | undefined;
}

/** The content hash the tenant's copy had at the baseline. */
export const baselineRemoteHash = (baseline: SyncBaseline): string => baseline.remoteHash ?? baseline.contentHash;

/**
 * The content hash of the tenant's copy at `revision` when the baseline already knows it (the
 * revision has not moved since), so nobody fetches the document to learn it; else undefined.
 */
export const knownRemoteHash = (baseline: (SyncBaseline & { remoteId: string }) | undefined, remote: { id: string; revision: number }): string | undefined =>
  baseline && baseline.remoteId === remote.id && baseline.revision === remote.revision ? baselineRemoteHash(baseline) : undefined;

/**
 * Compares both sides with the last synchronised state, each with its own: the local file
 * changed when its content moved from the file's hash then; the tenant's copy changed when its
 * revision moved and its content differs from what the tenant stored then (a new revision with
 * the same content, such as a save that changed nothing, is not a change). Equal content is in
 * sync. Without a baseline the two copies have no common ancestor: unequal ones count as
 * changed on both sides so that neither is overwritten without a person choosing.
 */
export function syncStatus({ baseline, localHash, remote }: SyncSides): SyncStatus {
  if (!remote) return 'not-on-tenant';
  // Equal content is in sync, whichever side moved to reach it.
  if (remote.contentHash === localHash) return 'in-sync';
  if (!baseline) return 'both-changed';
  const localChanged = localHash !== baseline.contentHash;
  const remoteChanged = remote.revision !== baseline.revision && remote.contentHash !== baselineRemoteHash(baseline);
  if (localChanged && remoteChanged) return 'both-changed';
  if (localChanged) return 'local-changes';
  if (remoteChanged) return 'remote-changes';
  return 'in-sync';
}

/**
 * In sync, yet the tenant's copy is not the file: neither side changed since a push whose
 * tenant filled in or kept values the file leaves open. Nothing is overwritten for it, but a
 * person may want to see the difference or bring the tenant's version into the file.
 */
export function tenantCopyDiffers(sides: SyncSides): boolean {
  return sides.remote !== undefined && syncStatus(sides) === 'in-sync' && sides.remote.contentHash !== sides.localHash;
}
