import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import { checkFlowReferences } from './flow-references';
import type { FlowSummary } from './flow-references';
import { diagnostic } from './messages';
import { checkNode } from './node-check';
import type { NodeReport } from './node-check';
import { ListenerIndex } from './listener-index';
import { emitsOf, flowTriggeredSignal, listensOf } from './step-facts';
import { validateKeepingReports } from './validator';

/** The id → summary index that {@link ValidationContext.flows} and cross-flow checks use. */
export function summariseFlows(flows: readonly Flow[]): Map<string, FlowSummary> {
  return new Map(flows.map((flow) => [flow.id, { id: flow.id, name: flow.name, profile: flow.profile, kind: flow.kind }]));
}

/**
 * Checks that only a set of flows can answer: flows that trigger each other in a loop
 * (`LOOP_CROSS_FLOW`, with the cycle named) and steps that need another flow of a given
 * kind (`FLOW_KIND_MISMATCH`). Returns one list per input flow, in input order; the
 * per-flow checks are {@link validate}'s.
 */
export function validateFlowSet(flows: readonly Flow[]): Diagnostic[][] {
  const index = summariseFlows(flows);
  const reports = flows.map((flow) => reportNodes(flow));
  const loops = loopsAcrossFlows(flows, reports);
  const duplicates = duplicateIds(flows);
  return flows.map((flow, i) => [...duplicates[i]!, ...checkFlowReferences(flow.id, reports[i]!, index), ...loops[i]!]);
}

/**
 * Everything {@link validate} with the set as context and {@link validateFlowSet} report
 * together, one list per input flow, checking each node once instead of once per pass.
 * For callers that want a set's full validation (export).
 */
export function validateFlowsTogether(flows: readonly Flow[]): Diagnostic[][] {
  const context = { flows: summariseFlows(flows) };
  const known = new WeakMap<object, NodeReport>();
  const own = flows.map((flow) => validateKeepingReports(flow, context, known));
  const loops = loopsAcrossFlows(flows, flows.map((flow) => reportNodes(flow, known)));
  const duplicates = duplicateIds(flows);
  return flows.map((_flow, i) => [...own[i]!, ...duplicates[i]!, ...loops[i]!]);
}

/** Flow ids are stable across tenants: two files with one id would overwrite each other on import. */
function duplicateIds(flows: readonly Flow[]): Diagnostic[][] {
  const first = new Map<string, Flow>();
  return flows.map((flow) => {
    const earlier = first.get(flow.id);
    if (!earlier) {
      first.set(flow.id, flow);
      return [];
    }
    const detail = { id: flow.id, element: `flow (also "${earlier.name}")` };
    return [diagnostic('error', 'ID_DUPLICATE', detail, { flowId: flow.id, path: ['id'] })];
  });
}

/** `LOOP_CROSS_FLOW` alone, for callers that already validated each flow with the others as context. */
export function findLoopsAcrossFlows(flows: readonly Flow[]): Diagnostic[][] {
  return loopsAcrossFlows(flows, flows.map((flow) => reportNodes(flow)));
}

/** One report per node, in node order, so indexes in paths stay right; `known` holds reports already made. */
function reportNodes(flow: Flow, known?: WeakMap<object, NodeReport>): NodeReport[] {
  return flow.nodes.map((node) => {
    const report = known?.get(node);
    return report && report.profile === flow.profile && report.kind === flow.kind ? report : checkNode(node, flow.profile, flow.kind);
  });
}

function loopsAcrossFlows(flows: readonly Flow[], reports: readonly NodeReport[][]): Diagnostic[][] {
  const out: Diagnostic[][] = flows.map(() => []);
  const listeners = new ListenerIndex();
  flows.forEach((flow, j) => {
    listeners.add(j, flowTriggeredSignal(flow.id));
    for (const report of reports[j]!) if (report.step?.role === 'trigger') for (const signal of listensOf(report)) listeners.add(j, signal);
  });

  // flow i -> flow j when a step of i emits what j listens for (a flow re-firing itself is
  // LOOP_SELF_TRIGGER). Successors in index order, so the cycle found and named is stable.
  const successors = reports.map((nodes, i) => {
    const hearers = new Set<number>();
    for (const report of nodes) if (report.step?.role === 'step') for (const signal of emitsOf(report)) listeners.collectHearers(signal, hearers);
    hearers.delete(i);
    return [...hearers].sort((a, b) => a - b);
  });
  for (const cycle of findCycles(successors)) {
    const names = [...cycle, cycle[0]!].map((i) => `"${flows[i]!.name}"`).join(' → ');
    for (const i of cycle) out[i]!.push(diagnostic('error', 'LOOP_CROSS_FLOW', { cycle: names }, { flowId: flows[i]!.id, path: [] }));
  }
  return out;
}

/**
 * One cycle per strongly connected component of more than one flow (Tarjan's algorithm,
 * iterative), listed in the order the edges walk it so the message reads as a loop.
 */
function findCycles(successors: number[][]): number[][] {
  const count = successors.length;
  const order = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      if (edge === 0) {
        order[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = true;
      }
      const next = successors[node]![edge];
      if (next !== undefined) {
        frame[1]++;
        if (order[next] === -1) work.push([next, 0]);
        else if (onStack[next]) low[node] = Math.min(low[node]!, order[next]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.map((component) => walkCycle(component, successors));
}

/** A closed walk through a component, following edges, starting at its lowest index. */
function walkCycle(component: number[], successors: number[][]): number[] {
  const members = new Set(component);
  const start = Math.min(...component);
  const path = [start];
  const seen = new Set([start]);
  let current = start;
  for (;;) {
    const next = successors[current]!.find((n) => members.has(n) && (!seen.has(n) || n === start));
    if (next === undefined || next === start) return path;
    path.push(next);
    seen.add(next);
    current = next;
  }
}
