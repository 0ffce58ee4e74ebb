import type { SyncRow } from '../../../shared/host/tenant-calls';

/**
 * Where a state stands in the Sync list: what needs a decision first (a conflict, then a change
 * on one side), then what could be sent or fetched, and what is already in sync last.
 */
const RANK: Record<SyncRow['status'], number> = {
  'both-changed': 0,
  'local-changes': 1,
  'remote-changes': 2,
  'only-on-tenant': 3,
  'not-on-tenant': 4,
  'in-sync': 5,
};

/** The Sync list's rows, conflicts first, then by state as {@link RANK} orders them, then by name. */
export function orderSyncRows<Row extends Pick<SyncRow, 'status' | 'name'>>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => RANK[a.status] - RANK[b.status] || a.name.localeCompare(b.name, undefined, { numeric: true }));
}
