/** What `.flowpack/sync.json` remembers of a local flow last pulled from or pushed to a tenant. */
export interface SyncBaseline {
  /** The tenant's revision of the flow at that moment. */
  revision: number;
  /** {@link flowContentHash} of the flow at that moment (the same on both sides then). */
  contentHash: string;
}

/** How a local flow stands against its copy on a tenant. */
export type SyncStatus = 'in-sync' | 'local-changes' | 'remote-changes' | 'both-changed' | 'not-on-tenant';

export interface SyncSides {
  /** Last synchronised state, if the flow was ever pulled or pushed with this tenant. */
  baseline?: SyncBaseline;
  /** The local flow's content hash now. */
  localHash: string;
  /** The tenant's copy now, or undefined when the tenant has no flow with this id. */
  remote?: { revision: number; contentHash: string };
}

/**
 * Compares both sides with the last synchronised state. A side changed when its revision (the
 * tenant) or content (local) moved since then. Without a baseline the two copies have no common
 * ancestor: equal content is in sync, anything else counts as changed on both sides so that
 * neither is overwritten without a person choosing.
 */
export function syncStatus({ baseline, localHash, remote }: SyncSides): SyncStatus {
  if (!remote) return 'not-on-tenant';
  if (!baseline) return remote.contentHash === localHash ? 'in-sync' : 'both-changed';
  const localChanged = localHash !== baseline.contentHash;
  // A new revision with the same content (a save that changed nothing, a lifecycle action) is not a change.
  const remoteChanged = remote.revision !== baseline.revision && remote.contentHash !== baseline.contentHash;
  if (localChanged && remoteChanged) return remote.contentHash === localHash ? 'in-sync' : 'both-changed';
  if (localChanged) return 'local-changes';
  if (remoteChanged) return 'remote-changes';
  return 'in-sync';
}
