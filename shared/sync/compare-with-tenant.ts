import type { Flow } from '../format/flow-schema';
import type { FlowSummary } from '../tenant-api/flows';
import { flowContentHash } from '../format/content-hash';
import type { SyncFile } from './sync-file';
import { bindingFor } from './sync-file';
import { knownRemoteHash, syncStatus, tenantCopyDiffers } from './sync-status';
import type { SyncStatus } from './sync-status';

/** A flow of the local folder. */
export interface LocalFlow {
  path: string;
  flow: Flow;
}

/**
 * One line of a sync overview: a local flow and its state on the tenant, or a tenant flow not in
 * the folder. `tenantCopyDiffers`: in sync, but the tenant's copy fills in or keeps values the
 * file leaves open (sync-status.ts).
 */
export type FlowSyncRow =
  | { id: string; name: string; path: string; status: SyncStatus; tenantCopyDiffers: boolean; remote: FlowSummary | undefined }
  | { id: string; name: string; path: undefined; status: 'only-on-tenant'; tenantCopyDiffers: false; remote: FlowSummary };

export interface CompareInput {
  tenantId: string;
  locals: readonly LocalFlow[];
  syncFile: SyncFile;
  remoteFlows: readonly FlowSummary[];
  /** The content hash of a tenant flow's current document; asked only when its revision moved since the baseline. */
  remoteHash: (id: string) => Promise<string>;
}

/**
 * How each local flow stands against the tenant (sync-status.ts), plus the tenant's flows the
 * folder does not have. A local flow is matched to its remote copy through its binding in
 * `.flowpack/sync.json`, or else by its id (ids are stable across tenants).
 */
export async function compareWithTenant({ tenantId, locals, syncFile, remoteFlows, remoteHash }: CompareInput): Promise<FlowSyncRow[]> {
  const remoteById = new Map(remoteFlows.map((remote) => [remote.id, remote]));
  const matched = new Set<string>();
  const rows: FlowSyncRow[] = [];
  for (const { path, flow } of locals) {
    const binding = bindingFor(syncFile, tenantId, flow.id);
    const remote = remoteById.get(binding?.remoteId ?? flow.id);
    if (remote) matched.add(remote.id);
    const remoteSide = remote && { revision: remote.revision, contentHash: knownRemoteHash(binding, remote) ?? (await remoteHash(remote.id)) };
    const sides = { baseline: binding, localHash: flowContentHash(flow), remote: remoteSide };
    rows.push({ id: flow.id, name: flow.name, path, status: syncStatus(sides), tenantCopyDiffers: tenantCopyDiffers(sides), remote });
  }
  for (const remote of remoteFlows) {
    if (!matched.has(remote.id)) rows.push({ id: remote.id, name: remote.name, path: undefined, status: 'only-on-tenant', tenantCopyDiffers: false, remote });
  }
  return rows;
}
