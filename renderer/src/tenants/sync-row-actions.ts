import type { SyncRow } from '../../../shared/host/tenant-calls';

/** What the Sync view offers for one row. */
export type SyncRowAction = 'pull' | 'compare';

/**
 * The actions of a Sync row: pull what only the tenant changed or has; compare before anything
 * is overwritten when the file changed; and for a flow in sync whose tenant copy is not the file
 * (the push filled in or kept values the file leaves open), compare to see what differs and
 * pull to bring the tenant's version into the file.
 */
export function syncRowActions(row: Pick<SyncRow, 'status' | 'tenantCopyDiffers'>): SyncRowAction[] {
  if (row.status === 'remote-changes' || row.status === 'only-on-tenant') return ['pull'];
  if (row.status === 'local-changes' || row.status === 'both-changed') return ['compare'];
  if (row.status === 'in-sync' && row.tenantCopyDiffers) return ['compare', 'pull'];
  return [];
}
