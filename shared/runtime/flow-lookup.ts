import type { EntityRef } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';

/**
 * Finds the flow a step calls among `flows`: by the reference's id (a flow's id is its
 * identity), else its UUID (contact-center platforms reference flows by UUID), else its name.
 * The first flow in `flows` wins when two match, so the order says which a workspace prefers.
 */
export function flowLookup(flows: readonly Flow[]): (ref: EntityRef) => Flow | undefined {
  const byId = new Map<string, Flow>();
  const byName = new Map<string, Flow>();
  for (const flow of flows) {
    if (!byId.has(flow.id)) byId.set(flow.id, flow);
    if (!byName.has(flow.name)) byName.set(flow.name, flow);
  }
  return (ref) => {
    if (ref.$ref !== 'flow') return undefined;
    return (ref.id === undefined ? undefined : byId.get(ref.id)) ?? (ref.uuid === undefined ? undefined : byId.get(ref.uuid)) ?? (ref.name === undefined ? undefined : byName.get(ref.name));
  };
}
