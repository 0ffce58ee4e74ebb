import type { RefKind } from '../../../../shared/format/entity-ref';
import type { Profile } from '../../../../shared/format/profiles';
import type { CatalogSnapshot } from '../../../../shared/import/catalog-snapshot';
import { catalogEntities } from '../../packs/picker-options';
import type { PickerEntity } from '../../packs/picker-options';

/** A reference as the drawer edits it: the `$ref` object of a step's config. */
export interface RefValue {
  $ref: string;
  id?: string;
  uuid?: string;
  name?: string;
}

/** An entity a reference may point at, as a tenant's catalog lists it. */
export type CatalogChoice = PickerEntity;

export function isRef(value: unknown): value is RefValue {
  return value !== null && typeof value === 'object' && typeof (value as RefValue).$ref === 'string';
}

/**
 * Which identifier a reference of `kind` carries: contact-center tenants reference entities by
 * UUID (stable across tenants), the others by their tenant id; flows everywhere by their id,
 * which is the flow document's own, stable across tenants.
 */
export function identifierKey(profile: Profile, kind: string): 'id' | 'uuid' {
  return profile === 'contact-center' && kind !== 'flow' ? 'uuid' : 'id';
}

/** A reference with the given name and identifier, a placeholder when all are blank. */
export function buildRef(kind: string, current: RefValue | undefined, change: Partial<Record<'id' | 'uuid' | 'name', string>>): RefValue {
  const next: RefValue = { $ref: kind };
  for (const key of ['id', 'uuid', 'name'] as const) {
    const value = key in change ? change[key] : current?.[key];
    if (value !== undefined && value !== '') next[key] = value;
  }
  return next;
}

/**
 * The reference to a tenant entity picked from its catalog: its identifier and name exactly as
 * the catalog gives them, nothing kept from what the reference named before (another tenant's id
 * would point elsewhere).
 */
export function refTo(kind: string, profile: Profile, entity: CatalogChoice): RefValue {
  const key = identifierKey(profile, kind);
  const ref: RefValue = { $ref: kind };
  const identifier = entity[key];
  if (identifier !== undefined) ref[key] = identifier;
  ref.name = entity.name;
  return ref;
}

/** Whether the entity can be referenced on this profile: contact-center references need its UUID. */
export function canReference(kind: string, profile: Profile, entity: CatalogChoice): boolean {
  return entity[identifierKey(profile, kind)] !== undefined;
}

/**
 * Whether a reference names an entity by an identifier the tenant's catalog lacks: the drawer
 * says so beside the field. A placeholder, or a reference by name only, is not such a reference.
 * UUIDs compare without regard to case, as the import plan compares them.
 */
export function missingFromCatalog(ref: RefValue, profile: Profile, catalog: CatalogSnapshot): boolean {
  const key = identifierKey(profile, ref.$ref);
  const wanted = ref[key];
  if (wanted === undefined) return false;
  const same = key === 'uuid' ? (value: string | undefined) => value?.toLowerCase() === wanted.toLowerCase() : (value: string | undefined) => value === wanted;
  return !catalogEntities(catalog, ref.$ref as RefKind).some((entity) => same(entity[key]));
}
