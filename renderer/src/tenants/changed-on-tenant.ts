import type { SyncRow } from '../../../shared/host/tenant-calls';

/**
 * Of the flows a push sent, the names of those whose tenant copy changed since the last pull or
 * push, as the Sync view shows them: the ones a refused push names, each to compare there.
 */
export function changedOnTenant(rows: readonly SyncRow[], pushedPaths: readonly string[]): string[] {
  const pushed = new Set(pushedPaths);
  return rows.filter((row) => row.path !== null && pushed.has(row.path) && (row.status === 'remote-changes' || row.status === 'both-changed')).map((row) => row.name);
}
