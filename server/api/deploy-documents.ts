import { and, eq, inArray } from 'drizzle-orm';
import type { Flow } from '../../shared/format/flow-schema';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import type { Pack } from '../../shared/pack/pack-schema';
import type { Db } from '../store/database';
import { flows } from '../store/schema';

/**
 * The current documents of the tenant's flows a deploy may update (those whose id a pack flow
 * carries), read in the import's own transaction: a deploy keeps the values they hold where
 * the pushed flow leaves them empty, so its dry-run and its apply read the same documents.
 */
export async function currentDocuments(tx: Db, tenantId: string, pack: Pack, catalog: CatalogSnapshot): Promise<Map<string, Flow>> {
  const existing = new Set(catalog.flows.map((flow) => flow.id));
  const ids = [...new Set(pack.flows.map((flow) => flow.id).filter((id): id is string => typeof id === 'string' && existing.has(id)))];
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: flows.id, document: flows.document }).from(flows).where(and(eq(flows.tenantId, tenantId), inArray(flows.id, ids)));
  return new Map(rows.map((row) => [row.id, row.document as Flow]));
}
