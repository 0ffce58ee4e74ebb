import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow } from '../../../shared/format/flow-schema';
import { readFlow } from '../../../shared/validation/load-flow';
import { validateFlowsTogether } from '../../../shared/validation/validate-set';
import { useDocuments } from '../documents/documents-store';
import { hostClient } from '../host/host-client';
import { translate } from '../i18n/i18n';
import { useWorkspace } from '../library/workspace-store';
import { useUi } from '../ui/ui-store';

/** Reads every flow of the workspace: open ones as the editor holds them, the rest from disk. */
async function workspaceFlows(): Promise<Flow[]> {
  const snapshot = useWorkspace.getState().snapshot;
  const docs = useDocuments.getState().docs;
  const paths = snapshot?.entries.filter((entry) => entry.kind === 'flow').map((entry) => entry.path) ?? [];
  const flows: Flow[] = [];
  for (const path of paths) {
    const open = docs[path];
    if (open) {
      if (open.readOnlyReason === null) flows.push(open.flow);
      continue;
    }
    try {
      const { text } = await hostClient.call('flow:read', { path });
      const flow = readFlow(JSON.parse(text) as unknown);
      if (flow) flows.push(flow);
    } catch {
      // An unreadable file has its own problems, shown when it is opened; it takes no part here.
    }
  }
  return flows;
}

/** What Validate found across the workspace: problems (errors and warnings) and the flows holding them. */
export interface WorkspaceCheck {
  flows: number;
  problems: number;
  flowsWithProblems: number;
  /** Names of the flows with problems other than the one being edited, in workspace order. */
  others: string[];
}

/** Counts what one report per flow holds; information-only diagnostics are not problems. */
export function summariseCheck(flows: readonly Flow[], reports: readonly Diagnostic[][], current: Flow): WorkspaceCheck {
  const counts = reports.map((report) => report.filter((d) => d.severity !== 'info').length);
  return {
    flows: flows.length,
    problems: counts.reduce((sum, count) => sum + count, 0),
    flowsWithProblems: counts.filter((count) => count > 0).length,
    others: flows.filter((flow, i) => flow !== current && counts[i]! > 0).map((flow) => flow.name),
  };
}

/** The notice Validate shows: a button whose result is only a panel that was already live looks dead. */
export function describeCheck(t: (key: string, options?: Record<string, unknown>) => string, check: WorkspaceCheck): string {
  if (check.problems === 0) return t('validateResult.clean', { count: check.flows });
  const found = t('validateResult.found', {
    problems: t('validateResult.problems', { count: check.problems }),
    flows: t('validateResult.flows', { count: check.flowsWithProblems }),
    count: check.flows,
  });
  const shown = check.others.slice(0, 3).join(', ') + (check.others.length > 3 ? ', …' : '');
  return check.others.length === 0 ? found : `${found} ${t('validateResult.others', { names: shown })}`;
}

/**
 * Validate: the editor already checks each flow on every change, so this adds what only
 * the whole workspace can tell (flows that trigger each other in a loop, calls to a flow of
 * the wrong kind, two files with one flow id), opens the Problems panel, and says what it
 * found across every flow of the workspace.
 */
export async function validateWithWorkspace(docId: string): Promise<void> {
  const ui = useUi.getState();
  ui.setProblemsOpen(true);
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return;
  const flows = await workspaceFlows();
  const current = useDocuments.getState().docs[docId];
  if (!current) return;
  if (!flows.includes(current.flow)) flows.push(current.flow);
  const reports = validateFlowsTogether(flows);
  const own = new Set(current.diagnostics.map((d) => `${d.code}|${d.nodeId ?? ''}|${d.message}`));
  const across: Diagnostic[] = (reports[flows.indexOf(current.flow)] ?? []).filter((d) => !own.has(`${d.code}|${d.nodeId ?? ''}|${d.message}`));
  ui.setWorkspaceProblems(docId, { flow: current.flow, diagnostics: across });
  ui.notify(describeCheck(translate, summariseCheck(flows, reports, current.flow)));
}
