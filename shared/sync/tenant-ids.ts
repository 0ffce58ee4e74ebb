import { walkRefs } from '../format/entity-ref';
import type { RefLike } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';

const IDENTIFIERS = ['id', 'uuid'] as const;

/** Where a reference sits and what it names, whatever identifiers it carries. */
const placeKey = (nodeId: string, path: (string | number)[], ref: RefLike) => JSON.stringify([nodeId, path, ref.$ref, typeof ref.name === 'string' ? ref.name : null]);

/**
 * Gives each reference that lacks an `id` or `uuid` the one another version holds at the same
 * place of the same step for the same entity (same kind and name), in place. An import writes
 * the id of the entity it links or creates into the tenant's copy (a tag created by name gets
 * `tag_…`); the file pushed never had it. Filling it in before comparing keeps that from
 * showing as an edit. A reference whose id differs from another version's is left alone: that
 * is a change of entity.
 */
export function alignTenantIds(versions: Flow[]): void {
  const known = new Map<string, Partial<Record<(typeof IDENTIFIERS)[number], string>>>();
  const visit = (flow: Flow, use: (ref: RefLike, key: string) => void) => {
    for (const node of flow.nodes) walkRefs(node.config, (ref, path) => use(ref, placeKey(node.id, path, ref)));
  };
  for (const flow of versions) {
    visit(flow, (ref, key) => {
      const entry = known.get(key) ?? {};
      for (const identifier of IDENTIFIERS) {
        const value = ref[identifier];
        if (typeof value === 'string' && value !== '' && entry[identifier] === undefined) entry[identifier] = value;
      }
      known.set(key, entry);
    });
  }
  for (const flow of versions) {
    visit(flow, (ref, key) => {
      const entry = known.get(key);
      for (const identifier of IDENTIFIERS) {
        const value = ref[identifier];
        if ((value === undefined || value === '') && entry?.[identifier] !== undefined) ref[identifier] = entry[identifier];
      }
    });
  }
}
