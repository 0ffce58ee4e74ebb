import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { RunState } from '../../shared/runtime/run-state';
import type { FlowRunSummary } from '../../shared/tenant-api/runs';
import type { Db } from './database';
import { flowRuns, flowStepCounts } from './run-schema';
import { flows } from './schema';

type RunRow = typeof flowRuns.$inferSelect;

/**
 * The step of the run's own flow it waits at: inside a flow it called, the step that made the
 * outermost call (the called flow's steps are not the flow's, and its statistics count its own).
 */
function waitingStep(state: RunState): string | null {
  if (!state.waiting) return null;
  return state.waiting.flowId === state.flowId ? state.waiting.nodeId : (state.stack[0]?.nodeId ?? state.waiting.nodeId);
}

/** The columns a run's state decides: where it waits, until when, why it ended. */
function stateColumns(state: RunState) {
  return {
    status: state.status,
    waitingNode: waitingStep(state),
    waitingFor: state.waiting?.for ?? null,
    nextDeadline: state.waiting?.deadline === undefined ? null : new Date(state.waiting.deadline),
    endedReason: state.ended ?? null,
    state,
  };
}

/**
 * Serialises enrolments of one subject in one flow across transactions and processes (a
 * transaction-scoped advisory lock), so "is it enrolled?" and the insert that follows cannot
 * interleave with another event's.
 */
export async function lockEnrolment(tx: Db, tenantId: string, flowId: string, subjectId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${JSON.stringify([tenantId, flowId, subjectId])}, 0))`);
}

/** Whether the subject has a run waiting in the flow (is enrolled in it). */
export async function isEnrolled(tx: Db, tenantId: string, flowId: string, subjectId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: flowRuns.id })
    .from(flowRuns)
    .where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.flowId, flowId), eq(flowRuns.subjectId, subjectId), eq(flowRuns.status, 'waiting')))
    .limit(1);
  return row !== undefined;
}

export async function insertRun(tx: Db, tenantId: string, id: string, state: RunState, now: Date): Promise<RunRow> {
  const [row] = await tx
    .insert(flowRuns)
    .values({ tenantId, id, flowId: state.flowId, subjectId: state.subject.id, version: 1, startedAt: now, updatedAt: now, ...stateColumns(state) })
    .returning();
  return row!;
}

/** The subject's waiting runs in the tenant, locked for this transaction. */
export async function lockWaitingRunsOf(tx: Db, tenantId: string, subjectId: string): Promise<RunRow[]> {
  return tx
    .select()
    .from(flowRuns)
    .where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.subjectId, subjectId), eq(flowRuns.status, 'waiting')))
    .orderBy(flowRuns.seq)
    .for('update');
}

export async function lockRun(tx: Db, tenantId: string, id: string): Promise<RunRow | undefined> {
  const [row] = await tx.select().from(flowRuns).where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.id, id))).for('update');
  return row;
}

/** Stores a run's new state; the version goes up so deadline jobs of the old one do nothing. */
export async function updateRun(tx: Db, row: RunRow, state: RunState, now: Date): Promise<RunRow> {
  const [updated] = await tx
    .update(flowRuns)
    .set({ ...stateColumns(state), version: row.version + 1, updatedAt: now })
    .where(and(eq(flowRuns.tenantId, row.tenantId), eq(flowRuns.id, row.id)))
    .returning();
  return updated!;
}

/** How many subjects a flow has enrolled now (runs waiting in it). */
export async function countEnrolled(db: Db, tenantId: string, flowId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(flowRuns)
    .where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.flowId, flowId), eq(flowRuns.status, 'waiting')));
  return row?.count ?? 0;
}

/**
 * Ends every waiting run of a flow as ejected (the flow was stopped or finalized), counting
 * each as ended at the step it waited at. Returns how many were ejected.
 */
export async function ejectWaitingRuns(tx: Db, tenantId: string, flowId: string, now: Date): Promise<number> {
  const waiting = and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.flowId, flowId), eq(flowRuns.status, 'waiting'));
  const rows = await tx.select({ id: flowRuns.id, waitingNode: flowRuns.waitingNode }).from(flowRuns).where(waiting).for('update');
  if (rows.length === 0) return 0;
  await tx
    .update(flowRuns)
    .set({
      status: 'ended',
      endedReason: 'ejected',
      waitingNode: null,
      waitingFor: null,
      nextDeadline: null,
      version: sql`${flowRuns.version} + 1`,
      updatedAt: now,
      state: sql`(${flowRuns.state} - 'waiting') || '{"status":"ended","ended":"ejected"}'::jsonb`,
    })
    .where(waiting);
  const perStep = new Map<string, number>();
  for (const row of rows) if (row.waitingNode !== null) perStep.set(row.waitingNode, (perStep.get(row.waitingNode) ?? 0) + 1);
  await addCounts(
    tx,
    tenantId,
    flowId,
    [...perStep].map(([nodeId, count]) => ({ nodeId, measure: 'ended', count })),
  );
  return rows.length;
}

export interface CountDelta {
  nodeId: string;
  measure: string;
  count: number;
}

/** Adds to a flow's step counters in one statement. */
export async function addCounts(tx: Db, tenantId: string, flowId: string, deltas: readonly CountDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  // Sorted, so two transactions touching the same counters lock them in the same order.
  const sorted = [...deltas].sort((a, b) => (a.nodeId === b.nodeId ? (a.measure < b.measure ? -1 : 1) : a.nodeId < b.nodeId ? -1 : 1));
  await tx
    .insert(flowStepCounts)
    .values(sorted.map((delta) => ({ tenantId, flowId, ...delta })))
    .onConflictDoUpdate({
      target: [flowStepCounts.tenantId, flowStepCounts.flowId, flowStepCounts.nodeId, flowStepCounts.measure],
      set: { count: sql`${flowStepCounts.count} + excluded.count` },
    });
}

/** What a flow's statistics are made of: its step counters and the runs waiting at each step now. */
export interface StoredFlowStats {
  counts: CountDelta[];
  waiting: { nodeId: string; count: number }[];
}

/**
 * A flow's statistics in ONE statement (undefined when the tenant has no such flow): its
 * counters and its waiting runs per step (the partial index of waiting runs), each aggregated
 * into one JSON value in SQL, one row to decode rather than thousands. One round trip rather
 * than three (the flow, the counters, the waiting runs): on a busy machine each round trip
 * waits for the database and then for this process to be scheduled again, and those waits
 * made most of the read's time.
 */
export async function readFlowStats(db: Db, tenantId: string, flowId: string): Promise<StoredFlowStats | undefined> {
  const [row] = await db
    .select({
      counts: sql<[string, string, number][] | null>`(SELECT json_agg(json_build_array(c.node_id, c.measure, c.count)) FROM flow_step_counts c WHERE c.tenant_id = ${tenantId} AND c.flow_id = ${flowId})`,
      waiting: sql<[string, number][] | null>`(SELECT json_agg(json_build_array(w.waiting_node, w.runs)) FROM (SELECT r.waiting_node, count(*) AS runs FROM flow_runs r WHERE r.tenant_id = ${tenantId} AND r.flow_id = ${flowId} AND r.status = 'waiting' AND r.waiting_node IS NOT NULL GROUP BY r.waiting_node) w)`,
    })
    .from(flows)
    .where(and(eq(flows.tenantId, tenantId), eq(flows.id, flowId)));
  if (!row) return undefined;
  return {
    counts: (row.counts ?? []).map(([nodeId, measure, count]) => ({ nodeId, measure, count: Number(count) })),
    waiting: (row.waiting ?? []).map(([nodeId, count]) => ({ nodeId, count: Number(count) })),
  };
}

export async function listRuns(db: Db, tenantId: string, flowId: string, query: { before?: number | undefined; limit: number; status?: 'waiting' | 'ended' | undefined }): Promise<FlowRunSummary[]> {
  const rows = await db
    .select()
    .from(flowRuns)
    .where(
      and(
        eq(flowRuns.tenantId, tenantId),
        eq(flowRuns.flowId, flowId),
        query.before === undefined ? undefined : lt(flowRuns.seq, query.before),
        query.status === undefined ? undefined : eq(flowRuns.status, query.status),
      ),
    )
    .orderBy(desc(flowRuns.seq))
    .limit(query.limit);
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    subjectId: row.subjectId,
    status: row.status,
    waitingAt: row.waitingNode,
    waitingFor: row.waitingFor,
    nextDeadline: row.nextDeadline?.toISOString() ?? null,
    ended: (row.endedReason as FlowRunSummary['ended']) ?? null,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** Runs of the tenant's flows by id, for tests and tools that look a run up. */
export async function runsById(db: Db, tenantId: string, ids: readonly string[]): Promise<RunRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(flowRuns).where(and(eq(flowRuns.tenantId, tenantId), inArray(flowRuns.id, ids)));
}
