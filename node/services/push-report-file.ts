/** The folder under the workspace's state folder that keeps one file per applied push. */
export const PUSH_REPORTS_FOLDER = 'reports';

/**
 * A push report's file name from the time of the push: `2026-11-21T12-40-09-123Z-push.json`.
 * No colons (some file systems refuse them); the milliseconds keep two pushes in one second apart.
 * The app and `flowpack push` both name reports with it, so either one lists the other's.
 */
export function pushReportFileName(now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-push.json`;
}
