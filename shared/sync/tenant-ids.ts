import { walkRefs } from '../format/entity-ref';
import type { RefLike } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';

const IDENTIFIERS = ['id', 'uuid'] as const;

/** Where a reference sits and what it names, whatever identifiers it carries. */
const placeKey = (nodeId: string, path: (string | number)[], ref: RefLike) => JSON.stringify([nodeId, path, ref.$ref, typeof ref.name === 'string' ? ref.name : null]);

/**
 * Makes the references of the versions that sit at the same place of the same step and name the
 * same entity (same kind and name) carry the same `id` and `uuid`, in place: the first version's
 * that has them (pass the tenant's versions first). An import writes into the tenant's copy the
 * id of the entity it links or creates (a tag created by name gets the tenant's `tag_…`, in place
 * of the file's id from another tenant or none); that is not an edit of the file, and a person
 * comparing sees the same name on both sides. A reference without a name only gains the
 * identifiers it lacks; one whose identifiers differ is a change of entity.
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
      const named = typeof ref.name === 'string' && ref.name !== '';
      for (const identifier of IDENTIFIERS) {
        const value = ref[identifier];
        if (entry?.[identifier] !== undefined && (named || value === undefined || value === '')) ref[identifier] = entry[identifier];
      }
    });
  }
}
