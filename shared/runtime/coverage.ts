import { findStepType } from '../catalog/registry';
import type { Flow } from '../format/flow-schema';
import type { PathStep } from './run-state';

/** What the runs of a flow's tests reached: each step, and each port of each step. */
export interface FlowCoverage {
  flowId: string;
  /** Steps (and triggers) no run reached. */
  unreachedSteps: string[];
  /** Ports no run left by, as node id and port id. */
  untakenPorts: { node: string; port: string }[];
  steps: { reached: number; total: number };
  ports: { taken: number; total: number };
}

/**
 * The coverage of `flow` by the paths of some runs: a step is covered when a run entered it, a
 * port when a run left its step by it (an unconnected fallback port counts once a run ended
 * there). Paths through other flows (called reusable flows) count for those flows, not this one.
 */
export function flowCoverage(flow: Flow, paths: Iterable<readonly PathStep[]>): FlowCoverage {
  const reached = new Set<string>();
  const taken = new Set<string>();
  for (const path of paths) {
    for (const step of path) {
      if (step.flowId !== flow.id) continue;
      reached.add(step.nodeId);
      if (step.port !== undefined) taken.add(`${step.nodeId}\u0000${step.port}`);
    }
  }
  const unreachedSteps: string[] = [];
  const untakenPorts: { node: string; port: string }[] = [];
  let portTotal = 0;
  for (const node of flow.nodes) {
    if (!reached.has(node.id)) unreachedSteps.push(node.id);
    const ports = findStepType(flow.profile, node.type)?.ports(node.config) ?? [];
    for (const port of ports) {
      portTotal += 1;
      if (!taken.has(`${node.id}\u0000${port.id}`)) untakenPorts.push({ node: node.id, port: port.id });
    }
  }
  return {
    flowId: flow.id,
    unreachedSteps,
    untakenPorts,
    steps: { reached: flow.nodes.length - unreachedSteps.length, total: flow.nodes.length },
    ports: { taken: portTotal - untakenPorts.length, total: portTotal },
  };
}
