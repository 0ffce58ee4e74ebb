import { randomUUID } from 'node:crypto';
import type { RunState } from '../../shared/runtime/run-state';
import type { Db } from '../store/database';
import { flowRuns } from '../store/run-schema';
import { addCounts } from '../store/run-store';

/**
 * `count` subjects enrolled in a flow, waiting at `nodeId` for a reply, written straight to the
 * store with the step's counter of waiting runs: for suites about what lifecycle actions and
 * imports do to enrolled contacts, whatever the flow's steps. (The runs suite enrols through events.)
 */
export async function enrolWaitingRuns(db: Db, tenantId: string, flowId: string, count: number, nodeId = 'waiting-step', subjectPrefix = 'contact'): Promise<void> {
  if (count === 0) return;
  const now = new Date();
  const rows = Array.from({ length: count }, (_, index) => {
    const state: RunState = {
      flowId,
      triggerId: 'trigger',
      event: { event: 'conversation.opened' },
      status: 'waiting',
      now: now.getTime(),
      subject: { id: `${subjectPrefix}-${index + 1}`, name: `Contact ${index + 1}`, fields: {}, tags: [] },
      variables: {},
      path: [{ flowId, nodeId, at: now.getTime() }],
      effects: [],
      waiting: { flowId, nodeId, for: 'reply' },
      stack: [],
      world: {},
      visits: {},
    };
    return { tenantId, id: randomUUID(), flowId, subjectId: state.subject.id, status: 'waiting' as const, waitingNode: nodeId, waitingFor: 'reply', version: 1, state, startedAt: now, updatedAt: now };
  });
  await db.transaction(async (tx) => {
    await tx.insert(flowRuns).values(rows);
    await addCounts(tx, tenantId, [{ flowId, nodeId, measure: 'waiting', count }]);
  });
}
