import type { RefKind } from '../format/entity-ref';
import type { CatalogEntity, CatalogSnapshot } from './catalog-snapshot';

/** Lookups into one kind of tenant entity. */
export interface EntityLookup {
  byId: ReadonlyMap<string, CatalogEntity>;
  byUuid: ReadonlyMap<string, CatalogEntity>;
  /** Exact names, case and spacing included: the platforms reuse only an identical name. */
  byName: ReadonlyMap<string, CatalogEntity>;
}

export interface TenantIndex {
  entities(kind: RefKind): EntityLookup;
}

const EMPTY: EntityLookup = { byId: new Map(), byUuid: new Map(), byName: new Map() };

/**
 * Indexes a snapshot's entities by id, UUID and name, one kind at a time and only when
 * asked, so a catalog of many thousands of entities costs one pass per kind in use.
 * When two entities share a name, the first listed wins, so the choice is stable.
 */
export function indexTenant(catalog: CatalogSnapshot): TenantIndex {
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
        for (const entity of list) {
          if (!byId.has(entity.id)) byId.set(entity.id, entity);
          // UUIDs compare without regard to case: one tenant may write them in capitals.
          const uuid = entity.uuid?.toLowerCase();
          if (uuid !== undefined && !byUuid.has(uuid)) byUuid.set(uuid, entity);
          if (!byName.has(entity.name)) byName.set(entity.name, entity);
        }
        lookup = { byId, byUuid, byName };
      }
      built.set(kind, lookup);
      return lookup;
    },
  };
}
