import type { ImportPolicy } from '../catalog/types';
import type { RefKind, RefLike } from '../format/entity-ref';
import type { CatalogEntity, CatalogFlow } from './catalog-snapshot';
import type { RefOutcome, RefTarget } from './import-plan';
import type { TenantIndex } from './tenant-index';

/** Flows a flow reference can point at: those imported with the pack, then the tenant's own. */
export interface FlowLookup {
  /** A flow of the pack that is being imported (not skipped), by its id in the pack. */
  packFlow(id: string): { targetId: string; name: string } | undefined;
  tenantFlow(id: string): CatalogFlow | undefined;
}

/** Where a reference ends up, and for removals and placeholders why (completing "the tag ..."). */
export interface Resolution {
  outcome: RefOutcome;
  target?: RefTarget;
  reason?: string;
  /** For a flow imported with the pack: its id in the pack, so it is imported first. */
  packFlowId?: string;
  /**
   * For a reference whose id or UUID the tenant lacks (unresolved, left as a placeholder or removed): the
   * tenant's entity of exactly the same name, offered to the admin rather than applied, since
   * a same-named entity of another tenant is not necessarily the same thing.
   */
  suggestion?: RefTarget;
}

const NOT_IN_TENANT = 'does not exist in this tenant';


/** A tenant entity as the target a reference points at. */
export function targetOf(entity: CatalogEntity): RefTarget {
  const target: RefTarget = { id: entity.id, name: entity.name };
  if (entity.uuid !== undefined) target.uuid = entity.uuid;
  if (entity.type !== undefined) target.type = entity.type;
  return target;
}

/** The tenant entity with the reference's id or UUID. */
export function findByIdentity(tenant: TenantIndex, ref: RefLike & { $ref: RefKind }): CatalogEntity | undefined {
  const lookup = tenant.entities(ref.$ref);
  const byId = typeof ref.id === 'string' ? lookup.byId.get(ref.id) : undefined;
  if (byId) return byId;
  return typeof ref.uuid === 'string' ? lookup.byUuid.get(ref.uuid.toLowerCase()) : undefined;
}

/**
 * Applies an import policy to one entity reference against the tenant: the platforms' rules
 * (linked by id or UUID, reused by exact name, created, kept by a UUID the tenant lacks, left
 * as a placeholder, or removed) expressed once for every kind.
 */
export function resolveEntity(policy: ImportPolicy, ref: RefLike & { $ref: RefKind }, tenant: TenantIndex, createdType?: string): Resolution {
  if (policy === 'remove') return { outcome: 'removed', reason: 'never travels between tenants' };
  if (policy === 'placeholder') return { outcome: 'placeholder' };
  const found = findByIdentity(tenant, ref);
  if (found) return { outcome: 'linked', target: targetOf(found) };
  const name = typeof ref.name === 'string' ? ref.name : undefined;
  switch (policy) {
    case 'link':
      return withSuggestion({ outcome: 'placeholder', reason: NOT_IN_TENANT }, ref, name, tenant);
    case 'linkByUuid': {
      const unresolved = unresolvedTarget(ref);
      const resolution: Resolution = unresolved ? { outcome: 'unresolved', target: unresolved } : { outcome: 'placeholder', reason: NOT_IN_TENANT };
      return withSuggestion(resolution, ref, name, tenant);
    }
    case 'linkOrRemove':
      return withSuggestion({ outcome: 'removed', reason: NOT_IN_TENANT }, ref, name, tenant);
    case 'matchOrRemove': {
      const named = name === undefined ? undefined : tenant.entities(ref.$ref).byName(name);
      return named ? { outcome: 'reused', target: targetOf(named) } : { outcome: 'removed', reason: `${NOT_IN_TENANT} and is never created on import` };
    }
    case 'matchOrPlaceholder': {
      const named = name === undefined ? undefined : tenant.entities(ref.$ref).byName(name);
      return named ? { outcome: 'reused', target: targetOf(named) } : { outcome: 'placeholder', reason: `${NOT_IN_TENANT} and is never created on import` };
    }
    case 'reuseOrCreate': {
      if (name === undefined) return { outcome: 'placeholder' };
      const named = tenant.entities(ref.$ref).byName(name);
      if (named) return { outcome: 'reused', target: targetOf(named) };
      return { outcome: 'created', target: createdType === undefined ? { name } : { name, type: createdType } };
    }
  }
}

/**
 * What a reference whose UUID the tenant lacks keeps: that UUID and its name, never the source
 * tenant's own id, which means nothing in another tenant. Undefined without a UUID.
 */
function unresolvedTarget(ref: RefLike): RefTarget | undefined {
  return typeof ref.uuid === 'string' ? { uuid: ref.uuid, name: typeof ref.name === 'string' ? ref.name : '' } : undefined;
}

/** Adds the tenant's entity of exactly the reference's name, when one exists, as a proposal. */
function withSuggestion(resolution: Resolution, ref: RefLike & { $ref: RefKind }, name: string | undefined, tenant: TenantIndex): Resolution {
  const named = name === undefined ? undefined : tenant.entities(ref.$ref).byName(name);
  return named ? { ...resolution, suggestion: targetOf(named) } : resolution;
}

/**
 * A reference to another flow: linked to a flow imported with the same pack (under the id
 * it gets there, so a copied flow's callers follow it), else to the tenant's flow with that
 * id, else the policy's fallback.
 */
export function resolveFlow(policy: ImportPolicy, ref: RefLike, flows: FlowLookup): Resolution {
  if (policy === 'remove') return { outcome: 'removed', reason: 'never travels between tenants' };
  if (policy === 'placeholder') return { outcome: 'placeholder' };
  const ids = [ref.id, ref.uuid].filter((value): value is string => typeof value === 'string');
  for (const id of ids) {
    const inPack = flows.packFlow(id);
    if (inPack) return { outcome: 'linked', target: { id: inPack.targetId, name: inPack.name, inPack: true }, packFlowId: id };
  }
  for (const id of ids) {
    const existing = flows.tenantFlow(id);
    if (existing) return { outcome: 'linked', target: { id: existing.id, name: existing.name } };
  }
  return policy === 'linkOrRemove' || policy === 'matchOrRemove'
    ? { outcome: 'removed', reason: NOT_IN_TENANT }
    : { outcome: 'placeholder', reason: NOT_IN_TENANT };
}
