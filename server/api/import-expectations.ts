import type { ImportPlan } from '../../shared/import/import-plan';
import type { Db } from '../store/database';
import { readFlowRevisions } from '../store/flow-revision-lock';
import { ApiError } from './api-error';

/**
 * Holds an import to the revisions its client last read (`expectedRevisions`, an If-Match per
 * flow): when a flow the plan would replace is at another revision, or a flow the client read
 * is gone and the plan would create it again, the import is refused with 412 naming each such
 * flow, so a change made on the tenant since the client looked is never overwritten. Flows the
 * plan does not write (copies, skips) are not checked. For an apply the rows stay locked to the
 * end of the transaction: nobody can save them between this check and the import's writes.
 */
export async function checkExpectedRevisions(tx: Db, tenantId: string, plan: ImportPlan, expected: Readonly<Record<string, number>> | undefined, lock: boolean): Promise<void> {
  if (expected === undefined) return;
  const written = plan.flows.filter((flow) => (flow.action === 'update' || flow.action === 'create') && Object.hasOwn(expected, flow.targetId));
  if (written.length === 0) return;
  const current = new Map((await readFlowRevisions(tx, tenantId, written.map((flow) => flow.targetId), lock)).map((row) => [row.id, row]));
  const stale: string[] = [];
  for (const flow of written) {
    const wanted = expected[flow.targetId]!;
    const now = current.get(flow.targetId);
    if (!now) stale.push(`"${flow.name}" (${flow.targetId}) was deleted from this tenant since revision ${wanted}`);
    else if (now.revision !== wanted) stale.push(`"${now.name}" (${flow.targetId}) is at revision ${now.revision}, not ${wanted}`);
  }
  if (stale.length === 0) return;
  throw new ApiError(
    'precondition_failed',
    `${stale.length === 1 ? 'A flow' : `${stale.length} flows`} changed on this tenant since the client last read ${stale.length === 1 ? 'it' : 'them'}: ${stale.join('; ')}. Nothing was imported; compare with the tenant's version and plan the import again.`,
  );
}
