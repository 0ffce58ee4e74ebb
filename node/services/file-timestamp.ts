/**
 * An ISO 8601 UTC timestamp usable as a file name everywhere: `2025-03-04T05-06-07.089Z`
 * (colons, which Windows refuses in names, become dashes). Such names sort in time order.
 */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}
