import type { ImportProgress } from '../../../shared/tenant-api/imports';

/** What the push dialog knows of an apply running on the tenant. */
export interface PushProgress {
  phase: ImportProgress['phase'];
  done: number;
  total: number;
  /** Tenant ids of the flows written in the tenant's transaction (imported once it commits). */
  written: ReadonlySet<string>;
}

/**
 * The apply's progress after one more report. A report at the start (nothing done) begins
 * afresh: the client may have retried an attempt whose connection dropped, and the tenant
 * then runs the import again from the beginning.
 */
export function followProgress(seen: PushProgress | null, report: ImportProgress): PushProgress {
  const restarted = seen === null || (report.phase === 'entities' && report.done === 0);
  const written = new Set(restarted ? [] : seen.written);
  for (const id of report.written) written.add(id);
  return { phase: report.phase, done: report.done, total: report.total, written };
}
