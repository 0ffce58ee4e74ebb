import type { Flow } from '../format/flow-schema';
import type { CatalogSnapshot } from '../import/catalog-snapshot';
import type { Pack } from '../pack/pack-schema';
import type { TenantClient } from './tenant-client';

/**
 * The tenant's current documents of the flows a deploy would update (each pack flow whose id
 * the catalog lists), for the client's own plan of the push to keep what they hold, as the
 * tenant's dry-run does with its own copy. A few at a time, so a large push does not open a
 * request per flow at once.
 */
export async function fetchCurrentDocuments(client: TenantClient, pack: Pack, catalog: CatalogSnapshot): Promise<Map<string, Flow>> {
  const existing = new Set(catalog.flows.map((flow) => flow.id));
  const ids = [...new Set(pack.flows.map((flow) => flow.id).filter((id): id is string => typeof id === 'string' && existing.has(id)))];
  const documents = new Map<string, Flow>();
  for (let start = 0; start < ids.length; start += 8) {
    const batch = await Promise.all(ids.slice(start, start + 8).map((id) => client.call('getFlow', { params: { id } })));
    for (const { data } of batch) documents.set(data.id, data.document);
  }
  return documents;
}
