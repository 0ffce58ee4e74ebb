import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';
import { diffFlows } from './flow-diff';
import type { FlowDiff } from './flow-diff';

/** How a step of the version shown differs from the other version. */
export type DiffMark = 'added' | 'changed';

/**
 * What a canvas draws to compare the version it shows (`after`) with another (`before`): a mark
 * on each step added or changed, and the steps and connections only `before` has, whole, so
 * they can be drawn where they were. A step that only moved is not marked: its place is
 * layout, not behaviour.
 */
export interface CanvasDiff {
  marks: Record<string, DiffMark>;
  removed: { steps: FlowNode[]; connections: FlowEdge[] };
}

const connectionKey = (connection: { source: string; sourcePort: string; target: string }) =>
  JSON.stringify([connection.source, connection.sourcePort, connection.target]);

/**
 * The canvas comparison of `after` (the version shown) with `before`, from their semantic diff
 * (computed here unless the caller already has it).
 */
export function canvasDiff(before: Flow, after: Flow, flowDiff: FlowDiff = diffFlows(before, after)): CanvasDiff {
  const marks: Record<string, DiffMark> = {};
  for (const step of flowDiff.steps.added) marks[step.id] = 'added';
  for (const step of flowDiff.steps.changed) if (step.fields.length > 0) marks[step.id] = 'changed';
  const removedSteps = new Set(flowDiff.steps.removed.map((step) => step.id));
  const removedConnections = new Set(flowDiff.connections.removed.map(connectionKey));
  return {
    marks,
    removed: {
      steps: before.nodes.filter((node) => removedSteps.has(node.id)),
      connections: before.edges.filter((edge) => removedConnections.has(connectionKey(edge))),
    },
  };
}
