import type { Flow } from '../format/flow-schema';
import type { CatalogSnapshot } from '../import/catalog-snapshot';
import type { ImportDecisions } from '../import/import-decisions';
import { updateTargets } from '../import/update-targets';
import type { Pack } from '../pack/pack-schema';
import type { TenantClient } from './tenant-client';

/**
 * The tenant's current documents of the flows a deploy would update (shared/import/update-targets.ts),
 * for the client's own plan of the push to keep what they hold, as the tenant's dry-run does
 * with its own copy. A few at a time, so a large push does not open a request per flow at once.
 */
export async function fetchCurrentDocuments(client: TenantClient, pack: Pack, catalog: CatalogSnapshot, decisions?: ImportDecisions): Promise<Map<string, Flow>> {
  const ids = updateTargets(pack, catalog, decisions);
  const documents = new Map<string, Flow>();
  for (let start = 0; start < ids.length; start += 8) {
    const batch = await Promise.all(ids.slice(start, start + 8).map((id) => client.call('getFlow', { params: { id } })));
    for (const { data } of batch) documents.set(data.id, data.document);
  }
  return documents;
}
