import type { Pack } from '../pack/pack-schema';
import type { CatalogSnapshot } from './catalog-snapshot';
import { updateTargetOf } from './flow-actions';
import type { ImportDecisions } from './import-decisions';

/**
 * The tenant flows a deploy of `pack` may update: for each pack flow, the one with its id or the
 * copy its decision names ({@link updateTargetOf}), where the catalog lists it. Their current
 * documents are what the deploy keeps values from, read by the client for its preview and by
 * the tenant for its own plan, so both read the same ones.
 */
export function updateTargets(pack: Pack, catalog: CatalogSnapshot, decisions: ImportDecisions = {}): string[] {
  const existing = new Set(catalog.flows.map((flow) => flow.id));
  const targets = pack.flows.flatMap((flow) => (typeof flow.id === 'string' ? [updateTargetOf(flow.id, decisions.flows?.[flow.id])] : []));
  return [...new Set(targets.filter((id) => existing.has(id)))];
}
