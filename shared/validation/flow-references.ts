import type { Diagnostic } from '../format/diagnostic';
import type { FlowKind, Profile } from '../format/profiles';
import { diagnostic } from './messages';
import type { NodeReport } from './node-check';
import { requiredFlowKindsOf } from './step-facts';

/** What checks across flows need to know of another flow. */
export interface FlowSummary {
  id: string;
  name: string;
  profile: Profile;
  kind: FlowKind;
}

/**
 * Steps that call or play another flow need it to be of a given kind (contact-center: a
 * customer flow can only call reusable flows). Checked when the other flow is known.
 */
export function checkFlowReferences(flowId: string, nodes: readonly NodeReport[], flows: ReadonlyMap<string, FlowSummary>): Diagnostic[] {
  const out: Diagnostic[] = [];
  nodes.forEach((report, index) => {
    for (const requirement of requiredFlowKindsOf(report)) {
      const id = requirement.ref.id ?? requirement.ref.uuid;
      const other = id === undefined ? undefined : flows.get(id);
      if (!other || other.kind === requirement.kind) continue;
      const detail = `"${other.name}" is a ${other.kind} flow; this step needs a ${requirement.kind} flow.`;
      out.push(
        diagnostic('error', 'FLOW_KIND_MISMATCH', { detail, flow: other.name, kind: other.kind, expected: requirement.kind }, {
          flowId,
          nodeId: report.id,
          path: ['nodes', index, ...requirement.path],
        }),
      );
    }
  });
  return out;
}
