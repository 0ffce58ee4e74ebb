import type { Signal } from '../catalog/types';

/** The three fields by which two references can denote the same entity (see `sameEntity`). */
const MATCH_FIELDS = ['id', 'uuid', 'name'] as const;
type MatchField = (typeof MATCH_FIELDS)[number];

/**
 * Which flows listen for which signals, indexed by event, reference kind and each of the
 * reference's id, UUID and name, so an emitted signal finds the flows it fires without being
 * compared with every listener of every flow (a 100-flow pack has about 10,000 flow pairs).
 * Finds exactly the flows `signalMatches` would accept.
 */
export class ListenerIndex {
  /** event → flows with a listener that hears every signal of that event. */
  private readonly hearsAll = new Map<string, Set<number>>();
  /** "event kind" → id, UUID or name → value (a Map key, so compared as `===` compares) → flows. */
  private readonly byRef = new Map<string, Record<MatchField, Map<unknown, Set<number>>>>();

  add(flow: number, listener: Signal): void {
    if (!listener.ref) {
      addTo(this.hearsAll, listener.event, flow);
      return;
    }
    const key = `${listener.event} ${listener.ref.$ref}`;
    let fields = this.byRef.get(key);
    if (!fields) this.byRef.set(key, (fields = { id: new Map(), uuid: new Map(), name: new Map() }));
    const ref = listener.ref as Record<string, unknown>;
    for (const field of MATCH_FIELDS) if (ref[field] !== undefined) addTo(fields[field], ref[field], flow);
  }

  /** Adds to `into` every flow with a listener that `emitted` fires. */
  collectHearers(emitted: Signal, into: Set<number>): void {
    const all = this.hearsAll.get(emitted.event);
    if (all) for (const flow of all) into.add(flow);
    if (!emitted.ref || this.byRef.size === 0) return;
    const fields = this.byRef.get(`${emitted.event} ${emitted.ref.$ref}`);
    if (!fields) return;
    const ref = emitted.ref as Record<string, unknown>;
    for (const field of MATCH_FIELDS) {
      if (ref[field] === undefined) continue;
      const flows = fields[field].get(ref[field]);
      if (flows) for (const flow of flows) into.add(flow);
    }
  }
}

function addTo<K>(map: Map<K, Set<number>>, key: K, flow: number): void {
  const flows = map.get(key);
  if (flows) flows.add(flow);
  else map.set(key, new Set([flow]));
}
