import type { Flow, FlowEdge, FlowNode } from '../../shared/format/flow-schema';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { editNeedsStop, structureLocked } from '../../shared/tenant-api/lifecycle';
import type { Profile } from '../../shared/format/profiles';
import { acceptedWhileRunning, runningEditChanges } from '../../shared/tenant-api/running-edits';
import type { LockedFieldEdit, RunningEditChanges } from '../../shared/tenant-api/running-edits';
import { ApiError } from './api-error';

const stepName = (node: FlowNode) => `"${node.name || node.type}" (${node.id})`;
const stepNames = (nodes: readonly FlowNode[]) => nodes.map(stepName).join(', ');

/** A connection as messages name it: `"Welcome" (n1) → "Wait" (n2)`, its ends looked up in either document. */
function connectionNames(edges: readonly FlowEdge[], ...documents: Flow[]): string {
  const nodes = new Map(documents.flatMap((doc) => doc.nodes.map((node) => [node.id, node] as const)));
  const end = (id: string) => (nodes.get(id) ? stepName(nodes.get(id)!) : id);
  return edges.map((edge) => `${end(edge.source)} → ${end(edge.target)}`).join(', ');
}

/** What a started journey refuses in `next`; undefined when it may be saved (or the flow has not started). */
export function lockedStructureChange(current: Pick<FlowDetail, 'status' | 'document'>, next: Flow): RunningEditChanges | undefined {
  if (!structureLocked(current.status)) return undefined;
  const changes = runningEditChanges(current.document, next);
  return acceptedWhileRunning(changes) ? undefined : changes;
}

/** Steps and connections as messages list them: `"Welcome" (n1); connection "A" (n1) → "B" (n2)`, or a dash for none. */
export function describeStructure(steps: readonly FlowNode[], connections: readonly FlowEdge[], current: Flow, next: Flow): string {
  const parts = [steps.length > 0 ? stepNames(steps) : '', connections.length > 0 ? `connection ${connectionNames(connections, current, next)}` : ''].filter(Boolean);
  return parts.length === 0 ? '—' : parts.join('; ');
}

/** One settings change refused, naming the step, the field and what the step allows. */
export function describeLockedField({ node, field, editable }: LockedFieldEdit): string {
  const allowed = editable.length > 0 ? `it allows changing only ${editable.map((key) => `"${key}"`).join(', ')}` : 'it allows no settings change';
  return `"${field}" of step ${stepName(node)} (${allowed})`;
}

/**
 * A journey that has started (active, paused, finalized) keeps its steps and connections,
 * since contacts are on them, and takes only the settings changes each step type declares
 * editable while running. Refuses any other save with 409, naming the steps, connections and fields.
 */
export function refuseStructureChange(current: Pick<FlowDetail, 'status' | 'document'>, next: Flow): void {
  const change = lockedStructureChange(current, next);
  if (!change) return;
  const { addedSteps, removedSteps, addedConnections, removedConnections, lockedFields } = change;
  const changes = [
    addedSteps.length > 0 ? `added ${stepNames(addedSteps)}` : '',
    removedSteps.length > 0 ? `removed ${stepNames(removedSteps)}` : '',
    addedConnections.length > 0 ? `added connection ${connectionNames(addedConnections, current.document, next)}` : '',
    removedConnections.length > 0 ? `removed connection ${connectionNames(removedConnections, current.document, next)}` : '',
    lockedFields.length > 0 ? `changed ${lockedFields.map(describeLockedField).join(', ')}` : '',
  ].filter(Boolean);
  throw new ApiError(
    'conflict',
    `This journey is ${current.status}: it accepts only the settings changes its steps allow while it runs, and no added or removed steps or connections (${changes.join('; ')}). Duplicate it to change more.`,
  );
}

/**
 * A published conversations workflow is edited only once stopped: a save of one is refused
 * with 409, saying what stopping does, so nobody changes a workflow contacts are running through.
 */
export function refuseEditOfPublished(profile: Profile, current: Pick<FlowDetail, 'status' | 'name'>): void {
  if (!editNeedsStop(profile, current.status)) return;
  throw new ApiError(
    'conflict',
    `The workflow "${current.name}" is published: stop it before changing it (POST its actions/stop; stopping ejects its enrolled contacts), then save and publish it again.`,
  );
}
