import { findStepType } from '../../catalog/registry';
import type { Diagnostic } from '../../format/diagnostic';
import type { Flow } from '../../format/flow-schema';
import { diagnostic } from '../../validation/messages';

/** The flows a pack must carry besides the chosen ones, and the ones it cannot find. */
export interface Dependencies {
  /** Flows pulled in from the workspace, in the order they were first needed. */
  added: Flow[];
  /** `DEPENDENCY_MISSING` errors on the steps whose flow is nowhere to be found. */
  missing: Diagnostic[];
}

/**
 * Contact-center platforms import a reusable flow before the flows that call it, so a pack
 * with a customer flow must carry the reusable flows it calls (or plays while a caller
 * waits), and theirs in turn. They are taken from the workspace; a called flow found in
 * neither the chosen flows nor the workspace is reported on the calling step.
 */
export function collectDependencies(flows: readonly Flow[], workspace: readonly Flow[]): Dependencies {
  const byId = new Map<string, Flow>();
  for (const flow of workspace) if (!byId.has(flow.id)) byId.set(flow.id, flow);
  const included = new Set(flows.map((flow) => flow.id));
  const added: Flow[] = [];
  const missing: Diagnostic[] = [];
  const queue = [...flows];
  while (queue.length > 0) {
    const flow = queue.shift()!;
    flow.nodes.forEach((node, index) => {
      for (const requirement of flowsRequiredBy(flow, node)) {
        const id = requirement.ref.id ?? requirement.ref.uuid;
        if (id === undefined || included.has(id)) continue;
        const found = byId.get(id);
        if (found) {
          included.add(id);
          added.push(found);
          queue.push(found);
          continue;
        }
        const target = { flowId: flow.id, nodeId: node.id, path: ['nodes', index, ...requirement.path] };
        missing.push(diagnostic('error', 'DEPENDENCY_MISSING', { flow: requirement.ref.name ?? id }, target));
      }
    });
  }
  return { added, missing };
}

/** The flows a step calls, read from its config once the config is well-formed (validation reports the rest). */
function flowsRequiredBy(flow: Flow, node: Flow['nodes'][number]) {
  const step = findStepType(flow.profile, node.type);
  if (!step?.requiresFlowKind) return [];
  const parsed = step.config.safeParse(node.config);
  return parsed.success ? step.requiresFlowKind(parsed.data) : [];
}
