import { z } from 'zod';
import { CONTENT_HASH_PATTERN } from '../format/content-hash';
import type { SyncBaseline } from './sync-status';

export const SYNC_FORMAT = 'flowpack.sync';
export const SYNC_VERSION = 1;

const baselineSchema = z
  .object({
    /** The flow's id on the tenant (the same as the local id unless it was imported as a copy). */
    remoteId: z.uuid(),
    revision: z.number().int().min(1),
    /** The local file's content hash at that moment. */
    contentHash: z.string().regex(CONTENT_HASH_PATTERN),
    /**
     * The content hash of the document the tenant stored at `revision`, only when it differs
     * from the file's (a push whose stored copy fills in or keeps values the file leaves open).
     * Optional, so files written before it still read.
     */
    remoteHash: z.string().regex(CONTENT_HASH_PATTERN).optional(),
    syncedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * `.flowpack/sync.json`: per tenant (by its id; the URL is kept to show), the local flows bound
 * to remote ones with the revision and content hashes last seen on both sides. Local state,
 * never packed or uploaded.
 */
export const syncFileSchema = z
  .object({
    format: z.literal(SYNC_FORMAT),
    version: z.literal(SYNC_VERSION),
    tenants: z.record(
      z.string().min(1).max(200),
      z.object({ url: z.url(), flows: z.record(z.uuid(), baselineSchema) }).strict(),
    ),
  })
  .strict();
export type SyncFile = z.infer<typeof syncFileSchema>;
export type SyncBinding = z.infer<typeof baselineSchema>;

export const emptySyncFile = (): SyncFile => ({ format: SYNC_FORMAT, version: SYNC_VERSION, tenants: {} });

/** The baseline of a local flow with a tenant, if it was ever synchronised there. */
export function bindingFor(file: SyncFile, tenantId: string, flowId: string): (SyncBaseline & { remoteId: string }) | undefined {
  return file.tenants[tenantId]?.flows[flowId];
}

/** A copy of `file` recording where `flowId` and its remote copy stood at `binding` (after a pull or push). */
export function recordSync(file: SyncFile, tenant: { id: string; url: string }, flowId: string, binding: SyncBinding): SyncFile {
  const current = file.tenants[tenant.id];
  return {
    ...file,
    tenants: { ...file.tenants, [tenant.id]: { url: tenant.url, flows: { ...current?.flows, [flowId]: binding } } },
  };
}

/** A copy of `file` without the binding of `flowId` to the tenant (the remote flow was deleted, or the user unlinked it). */
export function forgetSync(file: SyncFile, tenantId: string, flowId: string): SyncFile {
  const current = file.tenants[tenantId];
  if (!current?.flows[flowId]) return file;
  const { [flowId]: _removed, ...flows } = current.flows;
  return { ...file, tenants: { ...file.tenants, [tenantId]: { ...current, flows } } };
}
