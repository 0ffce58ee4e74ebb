import type { Diagnostic } from '../format/diagnostic';
import { diagnostic } from '../validation/messages';

export interface OrderItem {
  id: string;
  name: string;
  /** Ids of other items that must come first. */
  dependsOn: readonly string[];
}

/**
 * Orders flows so that every flow comes after the flows it uses (contact-center: a reusable
 * flow must exist before a flow that calls it). Kahn's algorithm, taking the earliest item
 * in input order whenever several are ready, so the order is stable. Flows caught in a
 * cycle cannot go first; they follow in input order, and each cycle is reported on its
 * members with `IMPORT_ORDER_CYCLE`.
 */
export function orderByDependencies(items: readonly OrderItem[]): { order: number[]; diagnostics: Diagnostic[] } {
  const position = new Map(items.map((item, index) => [item.id, index]));
  // A flow that uses itself needs nothing first (a loop in itself is the validator's LOOP_SELF_TRIGGER).
  const needs = items.map((item, index) =>
    [...new Set(item.dependsOn)].map((id) => position.get(id)).filter((dep): dep is number => dep !== undefined && dep !== index),
  );
  const users: number[][] = items.map(() => []);
  needs.forEach((deps, index) => deps.forEach((dep) => users[dep]!.push(index)));
  const waiting = needs.map((deps) => deps.length);

  const order: number[] = [];
  const placed = new Uint8Array(items.length);
  // Few flows per pack: a linear scan for the earliest ready item keeps the order obvious.
  for (;;) {
    const next = waiting.findIndex((count, index) => count === 0 && !placed[index]);
    if (next < 0) break;
    placed[next] = 1;
    order.push(next);
    for (const user of users[next]!) waiting[user]!--;
  }

  const diagnostics: Diagnostic[] = [];
  const reported = new Set<number>();
  for (let start = 0; start < items.length; start++) {
    if (placed[start] || reported.has(start)) continue;
    const cycle = findCycleFrom(start, needs, placed);
    if (cycle.some((index) => reported.has(index))) continue;
    const names = [...cycle, cycle[0]!].map((index) => `"${items[index]!.name}"`).join(' → ');
    for (const index of cycle) {
      reported.add(index);
      diagnostics.push(diagnostic('error', 'IMPORT_ORDER_CYCLE', { cycle: names }, { flowId: items[index]!.id, path: [] }));
    }
  }
  for (let index = 0; index < items.length; index++) if (!placed[index]) order.push(index);
  return { order, diagnostics };
}

/** Follows unplaced dependencies from `start` until one repeats; the repeating stretch is a cycle. */
function findCycleFrom(start: number, needs: readonly number[][], placed: Uint8Array): number[] {
  const path: number[] = [];
  const seenAt = new Map<number, number>();
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, path.length);
    path.push(current);
    // An unplaced item always has an unplaced dependency, or Kahn's pass would have placed it.
    current = needs[current]!.find((dep) => !placed[dep])!;
  }
  return path.slice(seenAt.get(current));
}
