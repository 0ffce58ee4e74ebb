import type { FlowNode } from '../../../shared/format/flow-schema';

/**
 * The step after (or before) `currentId` in reading order: flows run left to right, so by
 * column, then top to bottom within one. Undefined past either end, where focus leaves the
 * steps the browser's way. The canvas draws only the steps in view, so the browser's own Tab
 * order cannot reach the others; this order covers every step of the flow.
 */
export function adjacentStep(nodes: readonly FlowNode[], currentId: string, direction: 1 | -1): string | undefined {
  const ordered = [...nodes].sort(readingOrder);
  const index = ordered.findIndex((node) => node.id === currentId);
  if (index === -1) return undefined;
  return ordered[index + direction]?.id;
}

/** Compares steps by reading order (see {@link adjacentStep}), for `Array.prototype.sort`. */
export function readingOrder(a: FlowNode, b: FlowNode): number {
  return a.position.x - b.position.x || a.position.y - b.position.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
