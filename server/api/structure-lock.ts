import type { Flow, FlowNode } from '../../shared/format/flow-schema';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { structureLocked } from '../../shared/tenant-api/lifecycle';
import { ApiError } from './api-error';

const stepNames = (nodes: readonly FlowNode[]) => nodes.map((node) => `"${node.name || node.type}" (${node.id})`).join(', ');

/**
 * A journey that has started (active, paused, finalized) takes config edits but keeps its
 * steps: contacts are on them. Refuses a save that adds or removes steps with 409, naming them.
 */
export function refuseStructureChange(current: Pick<FlowDetail, 'status' | 'document'>, next: Flow): void {
  if (!structureLocked(current.status)) return;
  const before = new Set(current.document.nodes.map((node) => node.id));
  const after = new Set(next.nodes.map((node) => node.id));
  const added = next.nodes.filter((node) => !before.has(node.id));
  const removed = current.document.nodes.filter((node) => !after.has(node.id));
  if (added.length === 0 && removed.length === 0) return;
  const changes = [added.length > 0 ? `added ${stepNames(added)}` : '', removed.length > 0 ? `removed ${stepNames(removed)}` : ''].filter(Boolean).join('; ');
  throw new ApiError(
    'conflict',
    `This journey is ${current.status}: it accepts config edits but no added or removed steps (${changes}). Duplicate it to change its steps.`,
  );
}
