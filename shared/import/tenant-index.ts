import type { RefKind } from '../format/entity-ref';
import type { CatalogEntity, CatalogSnapshot } from './catalog-snapshot';
import { entityNameKey } from './entity-name';

/** Lookups into one kind of tenant entity. */
export interface EntityLookup {
  byId: ReadonlyMap<string, CatalogEntity>;
  byUuid: ReadonlyMap<string, CatalogEntity>;
  /**
   * The entity with exactly this name (case, accents and spacing included; see
   * {@link entityNameKey}). A custom field linked to a flow (its metric field) belongs to that
   * flow and is never found by name.
   */
  byName(name: string): CatalogEntity | undefined;
  /** The custom field linked to flow `flowId` (its tenant id) with exactly this name: that flow's metric field. */
  linkedTo(flowId: string, name: string): CatalogEntity | undefined;
}

export interface TenantIndex {
  entities(kind: RefKind): EntityLookup;
}

const EMPTY: EntityLookup = { byId: new Map(), byUuid: new Map(), byName: () => undefined, linkedTo: () => undefined };

/**
 * Indexes a snapshot's entities by id, UUID and name, one kind at a time and only when
 * asked, so a catalog of many thousands of entities costs one pass per kind in use.
 * When two entities share a name, the first listed wins, so the choice is stable.
 */
export function indexTenant(catalog: Pick<CatalogSnapshot, 'entities'>): TenantIndex {
  const built = new Map<RefKind, EntityLookup>();
  return {
    entities(kind) {
      let lookup = built.get(kind);
      if (lookup) return lookup;
      const list: readonly CatalogEntity[] = catalog.entities[kind] ?? [];
      if (list.length === 0) lookup = EMPTY;
      else {
        const byId = new Map<string, CatalogEntity>();
        const byUuid = new Map<string, CatalogEntity>();
        const byName = new Map<string, CatalogEntity>();
        // Fields linked to a flow, by flow id, then by name.
        const linked = new Map<string, Map<string, CatalogEntity>>();
        for (const entity of list) {
          if (!byId.has(entity.id)) byId.set(entity.id, entity);
          // UUIDs compare without regard to case: one tenant may write them in capitals.
          const uuid = entity.uuid?.toLowerCase();
          if (uuid !== undefined && !byUuid.has(uuid)) byUuid.set(uuid, entity);
          let names = byName;
          if (entity.forFlow !== undefined) {
            names = linked.get(entity.forFlow) ?? new Map();
            linked.set(entity.forFlow, names);
          }
          const key = entityNameKey(entity.name);
          if (!names.has(key)) names.set(key, entity);
        }
        lookup = {
          byId,
          byUuid,
          byName: (name) => byName.get(entityNameKey(name)),
          linkedTo: (flowId, name) => linked.get(flowId)?.get(entityNameKey(name)),
        };
      }
      built.set(kind, lookup);
      return lookup;
    },
  };
}
