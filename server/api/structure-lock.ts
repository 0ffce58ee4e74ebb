import type { Flow, FlowNode } from '../../shared/format/flow-schema';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { structureLocked } from '../../shared/tenant-api/lifecycle';
import { ApiError } from './api-error';

const stepNames = (nodes: readonly FlowNode[]) => nodes.map((node) => `"${node.name || node.type}" (${node.id})`).join(', ');

/** The steps `next` adds to and removes from a started journey's current document; undefined when it may be saved. */
export function lockedStructureChange(current: Pick<FlowDetail, 'status' | 'document'>, next: Flow): { added: FlowNode[]; removed: FlowNode[] } | undefined {
  if (!structureLocked(current.status)) return undefined;
  const before = new Set(current.document.nodes.map((node) => node.id));
  const after = new Set(next.nodes.map((node) => node.id));
  const added = next.nodes.filter((node) => !before.has(node.id));
  const removed = current.document.nodes.filter((node) => !after.has(node.id));
  return added.length === 0 && removed.length === 0 ? undefined : { added, removed };
}

/** Step names as messages list them: `"Welcome" (n1), "Wait" (n2)`, or a dash for none. */
export const describeSteps = (nodes: readonly FlowNode[]) => (nodes.length === 0 ? '—' : stepNames(nodes));

/**
 * A journey that has started (active, paused, finalized) takes config edits but keeps its
 * steps: contacts are on them. Refuses a save that adds or removes steps with 409, naming them.
 */
export function refuseStructureChange(current: Pick<FlowDetail, 'status' | 'document'>, next: Flow): void {
  const change = lockedStructureChange(current, next);
  if (!change) return;
  const { added, removed } = change;
  const changes = [added.length > 0 ? `added ${stepNames(added)}` : '', removed.length > 0 ? `removed ${stepNames(removed)}` : ''].filter(Boolean).join('; ');
  throw new ApiError(
    'conflict',
    `This journey is ${current.status}: it accepts config edits but no added or removed steps (${changes}). Duplicate it to change its steps.`,
  );
}
