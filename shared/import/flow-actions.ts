import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import { diagnostic } from '../validation/messages';
import type { CatalogFlow } from './catalog-snapshot';
import { deriveCopyId } from './derive-copy-id';
import type { FlowAction, FlowDecision } from './import-decisions';
import type { ReplacedFlow } from './import-plan';

export interface ChosenAction {
  action: FlowAction;
  targetId: string;
  replaces?: ReplacedFlow;
  diagnostics: Diagnostic[];
}

/**
 * The tenant flow an update of `flowId` replaces: the one with its id (ids are stable across
 * tenants), or the one the decision names (a copy made by an earlier import).
 */
export const updateTargetOf = (flowId: string, decision: FlowDecision | undefined): string =>
  decision?.action === 'update' && decision.targetId !== undefined ? decision.targetId : flowId;

/**
 * Decides what happens to one pack flow: `update` when the tenant has a flow with the same
 * id (ids are stable across tenants, so re-importing updates rather than duplicates) or the
 * one the decision names, `create` otherwise, unless the admin chose `copy` or `skip`. Replacing is a warning (the
 * platforms discard the current definition and unpublished changes); replacing a flow of
 * the other kind (customer and reusable are not interchangeable) is an error.
 *
 * @param existing - the tenant flow an update would replace ({@link updateTargetOf}), if the tenant has it
 * @param takenIds - ids already used in the tenant or by the pack, which a copy must avoid
 */
export function chooseAction(
  flow: Flow,
  existing: CatalogFlow | undefined,
  decision: FlowDecision | undefined,
  tenantId: string,
  takenIds: ReadonlySet<string>,
): ChosenAction {
  const diagnostics: Diagnostic[] = [];
  const where = { flowId: flow.id, path: ['id'] };
  const natural: FlowAction = existing ? 'update' : 'create';
  let action = decision?.action ?? natural;
  if ((action === 'update' && !existing) || (action === 'create' && existing)) {
    const detail = existing
      ? `"${flow.name}" already exists in the tenant: choose update, copy or skip, not create`
      : `"${flow.name}" does not exist in the tenant, so there is nothing to update: choose create, copy or skip`;
    diagnostics.push(diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, where));
    action = natural;
  }

  if (action === 'skip') return { action, targetId: flow.id, diagnostics };
  if (action === 'copy') {
    const targetId = decision?.newId ?? deriveCopyId(flow.id, tenantId);
    if (takenIds.has(targetId)) {
      const detail = `the new id ${targetId} for the copy of "${flow.name}" is already used in the tenant or the pack`;
      diagnostics.push(diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, where));
    }
    return { action, targetId, diagnostics };
  }
  if (action === 'create' || !existing) return { action, targetId: flow.id, diagnostics };
  // From here `existing` is the flow the update replaces: the one with this id, or the copy the decision names.

  const replaces: ReplacedFlow = { id: existing.id, name: existing.name, kind: existing.kind };
  if (existing.status !== undefined) replaces.status = existing.status;
  if (existing.kind !== flow.kind) {
    const detail = `"${flow.name}" is a ${flow.kind} flow and cannot replace the tenant's ${existing.kind} flow "${existing.name}": import it as a copy or skip it.`;
    diagnostics.push(diagnostic('error', 'FLOW_KIND_MISMATCH', { detail, flow: existing.name, kind: existing.kind, expected: flow.kind }, where));
  }
  diagnostics.push(diagnostic('warning', 'IMPORT_REPLACES_FLOW', { name: existing.name }, { flowId: flow.id, path: [] }));
  return { action, targetId: existing.id, replaces, diagnostics };
}
