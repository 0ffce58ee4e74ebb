import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { RefKind } from '../../shared/format/entity-ref';
import { REF_KINDS } from '../../shared/format/entity-ref';
import type { CUSTOM_FIELD_TYPES } from '../../shared/format/flow-schema';
import { CATALOG_FORMAT, CATALOG_VERSION } from '../../shared/import/catalog-snapshot';
import type { CatalogEntity, CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import { entityNameKey } from '../../shared/import/entity-name';
import { effectiveLimits } from '../../shared/import/tenant-limits';
import type { Db } from './database';
import { entities, flows } from './schema';
import type { TenantRow } from './tenant-store';

type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface EntityInput {
  kind: RefKind;
  id: string;
  uuid?: string | undefined;
  name: string;
  type?: CustomFieldType | undefined;
  /** The flow a custom field belongs to (its metric field). */
  forFlow?: string | undefined;
}

/** The live catalog of a tenant in the offline snapshot's shape, so GET /v1/catalog can be saved and planned against. */
export async function catalogSnapshot(db: Db, tenant: TenantRow): Promise<CatalogSnapshot> {
  const byKind = await catalogEntities(db, tenant.id);
  const flowRows = await db.select({ id: flows.id, name: flows.name, kind: flows.kind, status: flows.status }).from(flows).where(eq(flows.tenantId, tenant.id)).orderBy(flows.name);
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    tenant: { id: tenant.id, name: tenant.name, profile: tenant.profile, limits: effectiveLimits(tenant.profile, tenant.limits) },
    entities: byKind,
    flows: flowRows as CatalogSnapshot['flows'],
  };
}

/** A tenant's entities by kind, as its catalog lists them. */
export async function catalogEntities(db: Db, tenantId: string): Promise<CatalogSnapshot['entities']> {
  const rows = await db.select().from(entities).where(eq(entities.tenantId, tenantId)).orderBy(entities.kind, entities.name, entities.id);
  const byKind = Object.fromEntries(REF_KINDS.map((kind) => [kind, [] as CatalogEntity[]])) as Record<RefKind, CatalogEntity[]>;
  for (const row of rows) {
    const list = byKind[row.kind as RefKind];
    if (list) list.push(toEntity(row));
  }
  return byKind as CatalogSnapshot['entities'];
}

function toEntity(row: typeof entities.$inferSelect): CatalogEntity {
  const entity: CatalogEntity = { id: row.id, name: row.name };
  if (row.uuid) entity.uuid = row.uuid;
  if (row.type) entity.type = row.type as CustomFieldType;
  if (row.flowId) entity.forFlow = row.flowId;
  return entity;
}

/**
 * The entity of this kind with exactly this name, as import planning matches names
 * (shared/import/entity-name.ts): case and accents count. With `forFlow`, among the custom
 * fields that belong to that flow; without, among the entities that belong to no flow. The
 * comparison is the one of the unique index `entities_name`, which it uses.
 */
export async function findEntityByName(db: Db, tenantId: string, kind: RefKind, name: string, forFlow?: string): Promise<CatalogEntity | undefined> {
  const [row] = await db
    .select()
    .from(entities)
    .where(
      and(
        eq(entities.tenantId, tenantId),
        eq(entities.kind, kind),
        sql`coalesce(${entities.flowId}, '') = ${forFlow ?? ''}`,
        sql`normalize(${entities.name}, NFC) = ${entityNameKey(name)}`,
      ),
    );
  return row && toEntity(row);
}

/** Adds entities, skipping any whose id or name (as findEntityByName compares it) the tenant already has; returns how many were added. */
export async function insertEntities(tx: Db, tenantId: string, list: readonly EntityInput[]): Promise<number> {
  if (list.length === 0) return 0;
  const rows = list.map((e) => ({ tenantId, kind: e.kind, id: e.id, uuid: e.uuid ?? null, name: e.name, type: e.type ?? null, flowId: e.forFlow ?? null }));
  const inserted = await tx.insert(entities).values(rows).onConflictDoNothing().returning({ id: entities.id });
  return inserted.length;
}

/** A new tenant-side id for an entity: contact-center tenants also give it a cross-tenant UUID. */
export function newEntityIdentity(prefix: string, contactCenter: boolean): { id: string; uuid?: string } {
  const id = `${prefix}_${randomBytes(8).toString('hex')}`;
  return contactCenter ? { id, uuid: randomUUID() } : { id };
}
