import { and, eq, inArray } from 'drizzle-orm';
import type { Flow } from '../../shared/format/flow-schema';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import type { ImportDecisions } from '../../shared/import/import-decisions';
import { updateTargets } from '../../shared/import/update-targets';
import type { Pack } from '../../shared/pack/pack-schema';
import type { Db } from '../store/database';
import { flows } from '../store/schema';

/**
 * The current documents of the tenant's flows a deploy may update (those whose id a pack flow
 * carries, or the copies its decisions name), read in the import's own transaction: a deploy
 * keeps the values they hold where the pushed flow leaves them empty, so its dry-run and its
 * apply read the same documents.
 */
export async function currentDocuments(tx: Db, tenantId: string, pack: Pack, catalog: CatalogSnapshot, decisions?: ImportDecisions): Promise<Map<string, Flow>> {
  const ids = updateTargets(pack, catalog, decisions);
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: flows.id, document: flows.document }).from(flows).where(and(eq(flows.tenantId, tenantId), inArray(flows.id, ids)));
  return new Map(rows.map((row) => [row.id, row.document as Flow]));
}
