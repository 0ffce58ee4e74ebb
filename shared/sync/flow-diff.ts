import diff from 'microdiff';
import type { Difference } from 'microdiff';
import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';

/** One value added, removed or changed, at a JSON path below what it belongs to. */
export interface FieldChange {
  path: (string | number)[];
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** A step as a diff names it. */
export interface StepSummary {
  id: string;
  type: string;
  name: string;
}

/** A step present on both sides whose content differs. */
export interface StepChange extends StepSummary {
  /** Changes to `name`, `type`, `config` and `extensions`, by path from the step. */
  fields: FieldChange[];
  /** Only its position on the canvas changed (or also): layout, not behaviour. */
  moved: boolean;
}

/** A connection as a diff names it: from which step's port to which step. */
export interface ConnectionSummary {
  source: string;
  sourcePort: string;
  target: string;
}

/**
 * What changed from one version of a flow to another, in the terms a person reviews before
 * overwriting either side: the flow's own fields, steps added, removed or changed (with each
 * changed field), and connections added or removed. `meta` (timestamps, the tool that wrote
 * the file) is not a change of the flow.
 */
export interface FlowDiff {
  flow: FieldChange[];
  steps: { added: StepSummary[]; removed: StepSummary[]; changed: StepChange[] };
  connections: { added: ConnectionSummary[]; removed: ConnectionSummary[] };
}

const FLOW_FIELDS = ['name', 'description', 'profile', 'kind', 'entities', 'extensions'] as const;

function toFieldChange(difference: Difference, prefix: (string | number)[] = []): FieldChange {
  const path = [...prefix, ...difference.path];
  if (difference.type === 'CREATE') return { path, change: 'added', after: difference.value };
  if (difference.type === 'REMOVE') return { path, change: 'removed', before: difference.oldValue };
  return { path, change: 'changed', before: difference.oldValue, after: difference.value };
}

/** Field changes between two JSON values under `key` (a whole value added or removed counts as one change). */
function valueChanges(key: string, before: unknown, after: unknown): FieldChange[] {
  const isContainer = (value: unknown) => value !== null && typeof value === 'object';
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    return diff(before as object, after as object).map((difference) => toFieldChange(difference, [key]));
  }
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ path: [key], change: 'added', after }];
  if (after === undefined) return [{ path: [key], change: 'removed', before }];
  return Object.is(before, after) ? [] : [{ path: [key], change: 'changed', before, after }];
}

const summary = (node: FlowNode): StepSummary => ({ id: node.id, type: node.type, name: node.name });

function stepChanges(before: FlowNode, after: FlowNode): StepChange | undefined {
  const fields = (['name', 'type', 'config', 'extensions'] as const).flatMap((key) => valueChanges(key, before[key], after[key]));
  const moved = before.position.x !== after.position.x || before.position.y !== after.position.y;
  return fields.length === 0 && !moved ? undefined : { ...summary(after), fields, moved };
}

/** Connections are compared by what they connect, not by their ids (two editors may number them differently). */
const connectionKey = (edge: FlowEdge) => JSON.stringify([edge.source, edge.sourcePort, edge.target]);
const connection = (edge: FlowEdge): ConnectionSummary => ({ source: edge.source, sourcePort: edge.sourcePort, target: edge.target });

function connectionChanges(before: readonly FlowEdge[], after: readonly FlowEdge[]): FlowDiff['connections'] {
  const beforeKeys = new Set(before.map(connectionKey));
  const afterKeys = new Set(after.map(connectionKey));
  return {
    added: after.filter((edge) => !beforeKeys.has(connectionKey(edge))).map(connection),
    removed: before.filter((edge) => !afterKeys.has(connectionKey(edge))).map(connection),
  };
}

/** The semantic difference from `before` to `after`; steps are matched by id. */
export function diffFlows(before: Flow, after: Flow): FlowDiff {
  const flow = FLOW_FIELDS.flatMap((key) => valueChanges(key, before[key], after[key]));
  const beforeSteps = new Map(before.nodes.map((node) => [node.id, node]));
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const added: StepSummary[] = [];
  const changed: StepChange[] = [];
  for (const node of after.nodes) {
    const previous = beforeSteps.get(node.id);
    if (!previous) added.push(summary(node));
    else {
      const change = stepChanges(previous, node);
      if (change) changed.push(change);
    }
  }
  const removed = before.nodes.filter((node) => !afterIds.has(node.id)).map(summary);
  return { flow, steps: { added, removed, changed }, connections: connectionChanges(before.edges, after.edges) };
}

/** Whether a diff changes how the flow behaves (a step only moved on the canvas does not). */
export function changesBehaviour(flowDiff: FlowDiff): boolean {
  const { flow, steps, connections } = flowDiff;
  return (
    flow.length > 0 ||
    steps.added.length > 0 ||
    steps.removed.length > 0 ||
    steps.changed.some((step) => step.fields.length > 0) ||
    connections.added.length > 0 ||
    connections.removed.length > 0
  );
}


/** Whether two versions are the same flow, positions on the canvas included (`meta` never counts). */
export function isEmptyDiff(flowDiff: FlowDiff): boolean {
  return !changesBehaviour(flowDiff) && flowDiff.steps.changed.length === 0;
}
