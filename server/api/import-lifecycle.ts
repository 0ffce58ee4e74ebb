import type { ImportDecisions } from '../../shared/import/import-decisions';
import type { FlowPlan, ImportPlan } from '../../shared/import/import-plan';
import type { FlowStatus } from '../../shared/tenant-api/flows';
import { editNeedsStop, structureLocked } from '../../shared/tenant-api/lifecycle';
import { diagnostic } from '../../shared/validation/messages';
import type { Db } from '../store/database';
import { getFlow } from '../store/flow-store';
import type { StoredFlow } from '../store/flow-store';
import type { WriteContext } from '../store/flow-store';
import { changeStatus, lifecycleRow } from '../store/lifecycle-store';
import { countEnrolled } from '../store/run-store';
import { ApiError } from './api-error';
import { describeStructure, lockedStructureChange } from './structure-lock';

/** The updates the lifecycle rules let through, and how the apply treats them. */
export interface LifecycleOutcome {
  /** Tenant ids of flows an update leaves in their status instead of turning them into drafts. */
  keepStatus: Set<string>;
  /** Tenant ids of published conversations workflows to stop before they are updated. */
  stopFirst: Set<string>;
}

/**
 * Holds an import to the lifecycle rules a save obeys, adding to the plan what only the
 * tenant knows (the dry-run shows it, and an apply with an error is refused):
 * - journeys (journeys-workflows.en.txt): a started journey (active, paused, finalized) takes
 *   only the settings changes its step types declare editable while running, and no added or
 *   removed steps or connections (IMPORT_STRUCTURE_LOCKED, IMPORT_RUNNING_EDIT_LOCKED). An
 *   update it accepts keeps its status rather than going back to draft, as after a save.
 * - conversations (conversations-workflows.es.txt): a published workflow must be stopped before
 *   it is edited. An update of one is an error (IMPORT_PUBLISHED_LOCKED) unless the admin's
 *   decision says `stopFirst`; then the plan warns how many enrolled contacts stopping ejects
 *   (IMPORT_STOPS_FLOW), and the workflow stays stopped. A stopped workflow stays stopped: it
 *   was published before, which a draft never was.
 */
export async function applyLifecycleRules(tx: Db, tenantId: string, plan: ImportPlan, decisions: ImportDecisions | undefined, now: Date): Promise<LifecycleOutcome> {
  const outcome: LifecycleOutcome = { keepStatus: new Set(), stopFirst: new Set() };
  for (const flow of plan.flows) {
    if (flow.action !== 'update' || !flow.document) continue;
    const current = await getFlow(tx, tenantId, flow.targetId, now);
    if (!current) continue;
    if (plan.tenant.profile === 'conversations') await conversationsRule(tx, tenantId, plan, flow, current, decisions?.flows?.[flow.flowId]?.stopFirst === true, outcome);
    else journeysRule(plan, flow, current, outcome);
  }
  return outcome;
}

function journeysRule(plan: ImportPlan, flow: FlowPlan, current: StoredFlow, outcome: LifecycleOutcome): void {
  const next = flow.document!;
  const change = lockedStructureChange(current, next);
  if (!change) {
    if (structureLocked(current.status)) outcome.keepStatus.add(flow.targetId);
    return;
  }
  const base = { name: current.name, status: current.status };
  const { addedSteps, removedSteps, addedConnections, removedConnections, lockedFields } = change;
  if (addedSteps.length + removedSteps.length + addedConnections.length + removedConnections.length > 0) {
    const params = { ...base, added: describeStructure(addedSteps, addedConnections, current.document, next), removed: describeStructure(removedSteps, removedConnections, current.document, next) };
    flow.diagnostics.push(diagnostic('error', 'IMPORT_STRUCTURE_LOCKED', params, { flowId: flow.targetId, path: ['nodes'] }));
    plan.summary.errors++;
  }
  for (const { node, field, editable } of lockedFields) {
    const params = { ...base, step: node.name || node.type, field, editable: editable.length > 0 ? editable.join(', ') : '—' };
    const path = ['nodes', next.nodes.indexOf(node), ...(field === 'type' ? ['type'] : ['config', field])];
    flow.diagnostics.push(diagnostic('error', 'IMPORT_RUNNING_EDIT_LOCKED', params, { flowId: flow.targetId, nodeId: node.id, path }));
    plan.summary.errors++;
  }
}

async function conversationsRule(tx: Db, tenantId: string, plan: ImportPlan, flow: FlowPlan, current: StoredFlow, stopFirst: boolean, outcome: LifecycleOutcome): Promise<void> {
  if (current.status === 'stopped') outcome.keepStatus.add(flow.targetId);
  if (!editNeedsStop('conversations', current.status)) return;
  const contacts = await countEnrolled(tx, tenantId, flow.targetId);
  const params = { name: current.name, contacts };
  if (!stopFirst) {
    flow.diagnostics.push(diagnostic('error', 'IMPORT_PUBLISHED_LOCKED', params, { flowId: flow.targetId }));
    plan.summary.errors++;
    return;
  }
  flow.diagnostics.push(diagnostic('warning', 'IMPORT_STOPS_FLOW', params, { flowId: flow.targetId }));
  plan.summary.warnings++;
  outcome.stopFirst.add(flow.targetId);
  outcome.keepStatus.add(flow.targetId);
}

/**
 * Stops each published workflow the admin chose to stop before updating, as the stop action
 * does (its enrolled contacts ejected, an audit entry saying how many), inside the import's
 * transaction: a refused apply stops nothing.
 */
export async function stopBeforeUpdate(tx: Db, ctx: WriteContext, ids: ReadonlySet<string>): Promise<void> {
  for (const id of ids) {
    const row = await lifecycleRow(tx, ctx.tenantId, id);
    const stopped = row && row.status === 'published' ? await changeStatus(tx, ctx, { row, action: 'stop', to: 'stopped' }) : undefined;
    if (!stopped) throw new ApiError('conflict', `Flow ${id} changed while the import ran; plan the import again.`);
  }
}

/**
 * The status an import leaves a planned flow in, for the report of the dry-run and of the apply
 * alike: a draft, except an update the lifecycle rules let keep its status (a started journey, a
 * stopped workflow) or that stops a published workflow first. Undefined for a skipped flow.
 */
export function statusAfterImport(flow: FlowPlan, lifecycle: LifecycleOutcome): FlowStatus | undefined {
  if (flow.action === 'skip' || !flow.document) return undefined;
  if (flow.action !== 'update') return 'draft';
  if (lifecycle.stopFirst.has(flow.targetId)) return 'stopped';
  const current = flow.replaces?.status as FlowStatus | undefined;
  return lifecycle.keepStatus.has(flow.targetId) && current !== undefined ? current : 'draft';
}
