import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow } from '../../../shared/format/flow-schema';
import { readFlow } from '../../../shared/validation/load-flow';
import { validateFlowSet } from '../../../shared/validation/validate-set';
import { useDocuments } from '../documents/documents-store';
import { hostClient } from '../host/host-client';
import { useWorkspace } from '../library/workspace-store';
import { useUi } from './ui-store';

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

/**
 * Validate: the editor already checks each flow on every change, so this adds what only
 * the whole workspace can tell (flows that trigger each other in a loop, calls to a flow of
 * the wrong kind, two files with one flow id), then opens the Problems panel.
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
  const reports = validateFlowSet(flows);
  const own = new Set(current.diagnostics.map((d) => `${d.code}|${d.nodeId ?? ''}|${d.message}`));
  const across: Diagnostic[] = (reports[flows.indexOf(current.flow)] ?? []).filter((d) => !own.has(`${d.code}|${d.nodeId ?? ''}|${d.message}`));
  ui.setWorkspaceProblems(docId, { flow: current.flow, diagnostics: across });
}
