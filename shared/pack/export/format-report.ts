import { formatPath } from '../../validation/messages';
import type { SanitisationAction, SanitisationItem } from '../pack-schema';
import type { ExportReport } from './export-report';

const ACTION_WORDS: Readonly<Record<SanitisationAction, string>> = {
  removed: 'removed',
  keptByName: 'kept by name only',
  deactivated: 'deactivated',
  kept: 'kept on purpose',
};

/** One report line: `Flow › step "Name" (id) · config.sender: user reference removed`. */
export function formatReportItem(item: SanitisationItem): string {
  const where = item.nodeId === undefined ? item.flowName : `${item.flowName} › step "${item.nodeName || item.nodeId}" (${item.nodeId})`;
  return `${where} · ${formatPath(item.path)}: ${item.what} ${ACTION_WORDS[item.action]}`;
}

/** The report as text for a terminal or a plain-text dialog: the flows, then one line per change. */
export function formatExportReport(report: ExportReport): string {
  const lines = [`Pack "${report.packName}"${report.profile ? ` (${report.profile})` : ''}: ${report.flows.length} flow${report.flows.length === 1 ? '' : 's'}`];
  for (const flow of report.flows) lines.push(`  ${flow.name} (${flow.id})${flow.dependency ? ' — added: another flow calls it' : ''}`);
  if (report.items.length === 0) {
    lines.push('Nothing was removed or changed.');
  } else {
    lines.push(`Removed or changed (${report.items.length}):`);
    for (const item of report.items) lines.push(`  ${formatReportItem(item)}`);
  }
  // Both lists, so what the author chose to leave in is as visible as what was taken out.
  if (report.kept.length > 0) {
    lines.push(`Kept on purpose (${report.kept.length}):`);
    for (const item of report.kept) lines.push(`  ${formatReportItem(item)}`);
  }
  return `${lines.join('\n')}\n`;
}
