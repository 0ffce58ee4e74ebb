import { formatPath } from '../../validation/messages';
import type { ImportPolicy } from '../../catalog/types';
import type { SanitisationAction, SanitisationItem } from '../pack-schema';
import type { ExportReport, TravellingReference } from './export-report';

const ACTION_WORDS: Readonly<Record<SanitisationAction, string>> = {
  removed: 'removed',
  keptByName: 'kept by name only',
  deactivated: 'deactivated',
  kept: 'kept on purpose',
};

/** What import does on the destination with a reference that travels, by its import policy. */
const ON_IMPORT_WORDS: Readonly<Record<ImportPolicy, string>> = {
  link: 'linked if the destination has the same id, otherwise chosen on import',
  linkByUuid: 'linked if the destination has the same UUID, otherwise left to configure',
  linkOrRemove: 'linked if the destination has the same id, otherwise removed',
  reuseOrCreate: 'reused if the destination has one of exactly that name, otherwise created',
  matchOrRemove: 'matched by id or name, otherwise removed',
  matchOrPlaceholder: 'matched by id or name, otherwise chosen on import',
  placeholder: 'chosen by whoever imports',
  remove: 'removed',
};

/** Where a report entry sits: the flow, and the step when it is inside one. */
function whereOf(item: Pick<SanitisationItem, 'flowName' | 'nodeId' | 'nodeName'>): string {
  return item.nodeId === undefined ? item.flowName : `${item.flowName} › step "${item.nodeName || item.nodeId}" (${item.nodeId})`;
}

/** One line of what travels: the place, the entity and how, then what import does with it. */
function formatTravel(travel: TravellingReference): string {
  const what = `"${travel.entity}" (${travel.kind}) ${travel.byName ? 'by name only' : 'with its id'}`;
  return `${whereOf(travel)} · ${formatPath(travel.path)}: ${what}; on import: ${ON_IMPORT_WORDS[travel.onImport]}`;
}

/** One report line: `Flow › step "Name" (id) · config.sender: user reference removed`. */
export function formatReportItem(item: SanitisationItem): string {
  return `${whereOf(item)} · ${formatPath(item.path)}: ${item.what} ${ACTION_WORDS[item.action]}`;
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
  // What stays in the pack as it is and must exist where it is imported, not only what changed.
  if (report.travels.length > 0) {
    lines.push(`Travels with the flows, to exist on the destination (${report.travels.length}):`);
    for (const travel of report.travels) lines.push(`  ${formatTravel(travel)}`);
  }
  return `${lines.join('\n')}\n`;
}
