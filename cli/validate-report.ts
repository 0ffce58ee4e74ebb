import type { FileDiagnostic, FileReport } from './check-document';
import { EXIT_CODES } from './cli-error';
import { printable, quoted } from './printable';

/**
 * One line per diagnostic, `path:line:column: severity CODE message (node "name" id)`, the
 * form editors and CI annotations recognise, then a summary line.
 */
export function formatHumanReport(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) for (const d of report.diagnostics) lines.push(formatDiagnosticLine(report.path, d));
  lines.push(summaryLine(reports));
  return lines.join('\n') + '\n';
}

function formatDiagnosticLine(path: string, d: FileDiagnostic): string {
  const place = d.line === undefined ? printable(path) : `${printable(path)}:${d.line}:${d.column ?? 1}`;
  const node = d.nodeId === undefined ? '' : ` (node ${d.nodeName === undefined ? '' : `${quoted(d.nodeName)} `}${printable(d.nodeId)})`;
  return `${place}: ${d.severity} ${d.code} ${printable(d.message)}${node}`;
}

/** `3 files: 1 error, 2 warnings`, plus infos and unreadable files when there are any. */
export function summaryLine(reports: readonly FileReport[]): string {
  const count = (severity: string) => reports.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  const infos = count('info');
  if (infos > 0) parts.push(plural(infos, 'info'));
  const unreadable = reports.filter((r) => r.unreadable).length;
  const tail = unreadable === 0 ? '' : `; ${plural(unreadable, 'file')} could not be read or parsed`;
  return `${plural(reports.length, 'file')}: ${parts.join(', ')}${tail}`;
}

/**
 * The `--json` document: `{"files":[{"path","diagnostics":[{"severity","code","message",
 * "flowId","nodeId","edgeId","line","column"}]}]}`; absent targets are left out.
 */
export function formatJsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    diagnostics: report.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      flowId: d.flowId,
      nodeId: d.nodeId,
      edgeId: d.edgeId,
      line: d.line,
      column: d.column,
    })),
  }));
  return JSON.stringify({ files }) + '\n';
}

/** 2 when a file could not be read or parsed, else 1 when any error was found, else 0 (warnings allowed). */
export function validateExitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.unreadable)) return EXIT_CODES.failure;
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return EXIT_CODES.errors;
  return EXIT_CODES.ok;
}

/** Diagnostics in reading order; ones without a position first, as they concern the whole file. */
export function sortByPosition(diagnostics: FileDiagnostic[]): FileDiagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}
