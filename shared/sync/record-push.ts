import type { Flow } from '../format/flow-schema';
import { CONTENT_HASH_PATTERN, flowContentHash } from '../format/content-hash';
import { recordSync } from './sync-file';
import type { SyncBinding, SyncFile } from './sync-file';

/** What an applied import reports of one flow it wrote (shared/tenant-api/imports.ts). */
export interface PushedFlowReport {
  flowId: string;
  targetId: string;
  /** The revision the tenant stored; none when the flow was skipped. */
  revision?: number | undefined;
  /** The content hash of the document stored at `revision`; tenants before it report none. */
  contentHash?: string | undefined;
}

/**
 * The baseline a push (or any write of the local flow to the tenant) leaves for one local flow: the tenant flow it wrote and its revision, the
 * file's content hash, and, when the tenant stored something else (it filled in a created tag's
 * id, kept a sender the file leaves empty), the stored document's hash too, so a later save of
 * that same document on the tenant is not taken for a change (sync-status.ts). A tenant that
 * does not report the stored hash leaves the file's hash for both sides, as before it did.
 */
export function baselineAfterPush(local: Flow, pushed: PushedFlowReport, now: Date): SyncBinding | undefined {
  if (pushed.revision === undefined) return undefined;
  const contentHash = flowContentHash(local);
  const stored = pushed.contentHash;
  const remoteHash = stored !== undefined && stored !== contentHash && CONTENT_HASH_PATTERN.test(stored) ? { remoteHash: stored } : {};
  return { remoteId: pushed.targetId, revision: pushed.revision, contentHash, ...remoteHash, syncedAt: now.toISOString() };
}

/**
 * A copy of `file` with every flow of an applied push bound to what the tenant now holds
 * ({@link baselineAfterPush}); `localOf` finds the pushed local flow by its id. Answers the file
 * and how many flows were bound. The editor's host and `flowpack push` both record with it.
 */
export function recordPush(
  file: SyncFile,
  tenant: { id: string; url: string },
  flows: readonly PushedFlowReport[],
  localOf: (flowId: string) => Flow | undefined,
  now: Date,
): { file: SyncFile; bound: number } {
  let next = file;
  let bound = 0;
  for (const flow of flows) {
    const local = localOf(flow.flowId);
    const binding = local && baselineAfterPush(local, flow, now);
    if (!local || !binding) continue;
    next = recordSync(next, tenant, local.id, binding);
    bound++;
  }
  return { file: next, bound };
}
