import { join, relative } from 'node:path';
import { writeFileAtomic } from '../node/services/atomic-write';
import { PUSH_REPORTS_FOLDER, pushReportFileName } from '../node/services/push-report-file';
import { isToConfigure } from '../shared/format/diagnostic-class';
import type { Flow } from '../shared/format/flow-schema';
import { STATE_FOLDER } from '../shared/host/workspace-paths';
import { recordPush } from '../shared/sync/record-push';
import type { ImportReport } from '../shared/tenant-api/imports';
import { CommandError } from './cli-error';
import { describeFileError } from './file-errors';
import { countsLine, referenceCounts } from './plan-report';
import { printable, quoted } from './printable';
import type { CliWorkspace } from './sync-workspace';

/**
 * The server's dry-run in one paragraph: its counts (with "to configure" apart when the tenant
 * counts it) and every warning it adds (a client-feed post switched off).
 */
export function formatServerPlan(report: ImportReport): string {
  const { actions, references, errors, toConfigure, warnings } = report.summary;
  const lines = [
    `Server dry-run: ${actions.create} create, ${actions.update} update, ${actions.copy} copy, ${actions.skip} skip; ` +
      `references ${referenceCounts(references)}; ` +
      countsLine(errors, toConfigure, warnings),
  ];
  for (const flow of report.flows) {
    for (const reference of flow.references.filter((r) => r.outcome === 'kept')) lines.push(`  ${quoted(flow.name)}: ${printable(reference.message)}`);
  }
  for (const warning of report.warnings.filter((w) => !w.code.startsWith('REF_') && w.code !== 'IMPORT_REPLACES_FLOW')) {
    lines.push(`  warning ${warning.code} ${printable(warning.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per flow of an applied import, in the order it was written. */
export function formatAppliedFlows(report: ImportReport): string {
  const done = { create: 'created', update: 'updated', copy: 'copied', skip: 'skipped' } as const;
  return report.flows
    .map((flow, index) => {
      const revision = flow.revision === undefined ? '' : `, revision ${flow.revision}`;
      const copy = flow.action === 'copy' ? ` as ${flow.targetId}` : '';
      const open = flow.action === 'skip' ? 0 : flow.diagnostics.filter(isToConfigure).length;
      const draft = open === 0 ? '' : `, a draft with ${open} to configure`;
      return `[${index + 1}/${report.flows.length}] ${done[flow.action]} ${quoted(flow.name)}${copy}${revision}${draft}\n`;
    })
    .join('');
}

/**
 * Saves the report under `<workspace>/.flowpack/reports/` (local state, never packed) with the
 * tenant it went to, never the token. Returns the path, relative to the current folder when inside it.
 */
export async function saveReport(workspace: CliWorkspace, tenant: { id: string; url: string }, report: ImportReport, now: Date): Promise<string> {
  const applied = `(the import was applied: report ${report.id})`;
  let path = join(workspace.root.real, STATE_FOLDER, PUSH_REPORTS_FOLDER, pushReportFileName(now));
  try {
    path = await workspace.run(() => workspace.root.statePath(PUSH_REPORTS_FOLDER, pushReportFileName(now)));
    await writeFileAtomic(path, `${JSON.stringify({ tenant, report }, null, 2)}\n`, { exclusive: true });
  } catch (error) {
    // A linked reports folder says why in its own words; the user must still learn the push went through.
    if (error instanceof CommandError) throw new CommandError(`${error.message} ${applied}`);
    throw new CommandError(`${printable(path)}: cannot write the report: ${describeFileError(error)} ${applied}`);
  }
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

/**
 * Binds each pushed local flow to the flow the tenant now has (its id, a copy's new one, and
 * revision), with the local content hash and the stored one where they differ, so `flowpack
 * status` sees both sides in sync until either changes.
 */
export function recordPushBindings(workspace: CliWorkspace, tenant: { id: string; url: string }, report: ImportReport, localFlows: ReadonlyMap<string, Flow>, now: Date): Promise<number> {
  return workspace.run(() =>
    workspace.sync.update((current) => {
      const { file, bound } = recordPush(current, tenant, report.flows, (flowId) => localFlows.get(flowId), now);
      return { next: bound > 0 ? file : current, result: bound };
    }),
  );
}
