import type { Diagnostic } from '../../shared/format/diagnostic';
import { hasErrors } from '../../shared/format/diagnostic';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import type { Profile } from '../../shared/format/profiles';
import { indexTenant } from '../../shared/import/tenant-index';
import { unresolvedReferences } from '../../shared/import/unresolved-refs';
import type { FlowSummary } from '../../shared/tenant-api/flows';
import { offerDependsOnErrors, offeredActions } from '../../shared/tenant-api/lifecycle';
import { findLoopsAcrossFlows, summariseFlows } from '../../shared/validation/validate-set';
import { catalogEntities } from '../store/catalog-store';
import type { Db } from '../store/database';
import { tenantDocuments } from '../store/lifecycle-store';

/**
 * Everything that keeps each flow of `ids` from going live: its own errors (checked as a save
 * checks them, with the tenant's flows as context), a loop it forms with the tenant's other
 * flows, and an entity it names by a UUID the tenant's catalog does not have (now: one created or
 * inherited since the import links without an edit). The tenant's documents and catalog are
 * read once, however many flows are asked about.
 */
export async function goLiveDiagnosticsOf(db: Db, tenantId: string, ids: ReadonlySet<string>): Promise<Map<string, Diagnostic[]>> {
  const found = new Map<string, Diagnostic[]>();
  if (ids.size === 0) return found;
  const rows = await tenantDocuments(db, tenantId);
  const entities = await catalogEntities(db, tenantId);
  const stored = rows.map((row) => row.document as Flow);
  const context = { flows: summariseFlows(stored) };
  const loops = findLoopsAcrossFlows(stored);
  const catalog = indexTenant({ entities });
  rows.forEach((row, index) => {
    if (!ids.has(row.id)) return;
    const loaded = loadFlow(row.document, context);
    const unresolved = loaded.flow ? unresolvedReferences(loaded.flow, catalog) : [];
    found.set(row.id, [...loaded.diagnostics, ...(loops[index] ?? []), ...unresolved]);
  });
  return found;
}

/** What keeps one flow from going live (see {@link goLiveDiagnosticsOf}). */
export async function goLiveDiagnostics(db: Db, tenantId: string, id: string): Promise<Diagnostic[]> {
  return (await goLiveDiagnosticsOf(db, tenantId, new Set([id]))).get(id) ?? [];
}

/**
 * The flows with the actions they offer now that their errors are known: a draft journey
 * with errors does not offer `start` (the action would refuse it anyway). Only flows whose
 * offer depends on errors are checked.
 */
export async function withReadyActions<F extends Pick<FlowSummary, 'id' | 'status' | 'actions'>>(db: Db, tenantId: string, profile: Profile, flows: F[]): Promise<F[]> {
  const checked = new Set(flows.filter((flow) => offerDependsOnErrors(profile, flow.status)).map((flow) => flow.id));
  const diagnostics = await goLiveDiagnosticsOf(db, tenantId, checked);
  return flows.map((flow) => (checked.has(flow.id) ? { ...flow, actions: offeredActions(profile, flow.status, { hasErrors: hasErrors(diagnostics.get(flow.id) ?? []) }) } : flow));
}
