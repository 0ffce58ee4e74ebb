import { decisionsWithBindings } from '../import/bindings-file';
import type { BindingsFile } from '../import/bindings-file';
import type { CatalogSnapshot } from '../import/catalog-snapshot';
import type { FlowDecision, ImportDecisions, ReferenceDecision } from '../import/import-decisions';
import type { SyncFile } from './sync-file';

/**
 * For each pushed local flow that `.flowpack/sync.json` binds to a tenant flow of another id (it
 * was imported there as a copy beside its original, and pulled or pushed since), the decision
 * that makes the push update that copy: without it the plan goes by the flow's own id and would
 * replace the original. A copy the tenant no longer lists is left out, so the plan says what it
 * does instead (and the push guard that the flow was deleted there).
 */
export function syncedTargets(syncFile: SyncFile, tenantId: string, flowIds: readonly string[], tenantFlowIds: ReadonlySet<string>): Record<string, FlowDecision> {
  const bound = syncFile.tenants[tenantId]?.flows ?? {};
  const decisions: Record<string, FlowDecision> = {};
  for (const flowId of flowIds) {
    const remoteId = bound[flowId]?.remoteId;
    if (remoteId !== undefined && remoteId !== flowId && tenantFlowIds.has(remoteId)) decisions[flowId] = { action: 'update', targetId: remoteId };
  }
  return decisions;
}

/**
 * The decisions a push (or `flowpack plan`) of `flowIds` starts from, the same in the editor
 * and the CLI: those given now, then the copies the workspace is synchronised with
 * ({@link syncedTargets}), then the choices saved for the tenant at earlier pushes.
 */
export function pushDecisions(input: {
  bindings: BindingsFile;
  syncFile: SyncFile;
  catalog: Pick<CatalogSnapshot, 'tenant' | 'flows'>;
  flowIds: readonly string[];
  given?: ImportDecisions | undefined;
}): { flows: Record<string, FlowDecision>; references: ReferenceDecision[] } {
  const { bindings, syncFile, catalog, flowIds, given } = input;
  const synced = syncedTargets(syncFile, catalog.tenant.id, flowIds, new Set(catalog.flows.map((flow) => flow.id)));
  return decisionsWithBindings(bindings, catalog.tenant.id, flowIds, given, synced);
}
