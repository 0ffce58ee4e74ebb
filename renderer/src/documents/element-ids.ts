import type { Flow } from '../../../shared/format/flow-schema';

/**
 * Hands out node and edge ids that are unused in one flow. Ids read like `sendMessage-3`
 * so a saved file stays legible; they follow the format's id pattern (letters, digits,
 * `_ . : -`, at most 100 characters).
 */
export class IdAllocator {
  private readonly used: Set<string>;
  private readonly counters = new Map<string, number>();

  constructor(flow: Pick<Flow, 'nodes' | 'edges'>) {
    this.used = new Set();
    for (const node of flow.nodes) this.used.add(node.id);
    for (const edge of flow.edges) this.used.add(edge.id);
  }

  /** A fresh id starting with `prefix` (cleaned to the id alphabet). */
  next(prefix: string): string {
    const base = prefix.replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 80) || 'id';
    let counter = this.counters.get(base) ?? 1;
    let id = `${base}-${counter}`;
    while (this.used.has(id)) id = `${base}-${++counter}`;
    this.counters.set(base, counter + 1);
    this.used.add(id);
    return id;
  }

  /** Marks an id as taken (an element kept with its own id). */
  claim(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
