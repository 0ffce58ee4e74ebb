import type { ImportPlan } from '../../shared/import/import-plan';
import { structureLocked } from '../../shared/tenant-api/lifecycle';
import { diagnostic } from '../../shared/validation/messages';
import type { Db } from '../store/database';
import { getFlow } from '../store/flow-store';
import { describeSteps, lockedStructureChange } from './structure-lock';

/**
 * Holds an import to the lifecycle rules a save obeys (DESIGN.md, journeys): an update of a
 * journey that has started (active, paused, finalized) may change its steps' settings but not
 * add or remove steps, since contacts are on them. Such an update gets an error
 * IMPORT_STRUCTURE_LOCKED in the plan, so the apply is refused (the dry-run shows it), and the
 * admin imports it as a copy or skips it. Returns the tenant ids of the started journeys an
 * update may change: they keep their status rather than going back to draft, as after a save.
 */
export async function applyLifecycleRules(tx: Db, tenantId: string, plan: ImportPlan, now: Date): Promise<Set<string>> {
  const keepStatus = new Set<string>();
  for (const flow of plan.flows) {
    if (flow.action !== 'update' || !flow.document) continue;
    const current = await getFlow(tx, tenantId, flow.targetId, now);
    if (!current || !structureLocked(current.status)) continue;
    const change = lockedStructureChange(current, flow.document);
    if (!change) {
      keepStatus.add(flow.targetId);
      continue;
    }
    const params = { name: current.name, status: current.status, added: describeSteps(change.added), removed: describeSteps(change.removed) };
    flow.diagnostics.push(diagnostic('error', 'IMPORT_STRUCTURE_LOCKED', params, { flowId: flow.targetId, path: ['nodes'] }));
    plan.summary.errors++;
  }
  return keepStatus;
}
