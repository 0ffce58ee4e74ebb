import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { RunState } from '../../shared/runtime/run-state';
import type { FlowRunSummary } from '../../shared/tenant-api/runs';
import type { Db } from './database';
import { flowRuns } from './run-schema';
import { flows } from './schema';

type RunRow = typeof flowRuns.$inferSelect;

/**
 * The step of the run's own flow it waits at: inside a flow it called, the step that made the
 * outermost call (the called flow's steps are not the flow's, and its statistics count its own).
 */
export function waitingStep(state: RunState): string | null {
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

/** The row columns a run's state decides, as the JSON the batch statements read with jsonb_to_recordset. */
function stateFields(state: RunState) {
  const columns = stateColumns(state);
  return { ...columns, next_deadline: columns.nextDeadline?.toISOString() ?? null };
}

/** The columns of {@link stateFields} as jsonb_to_recordset declares them. */
const STATE_RECORD = sql.raw('status text, "waitingNode" text, "waitingFor" text, next_deadline timestamptz, "endedReason" text, state jsonb');

/** A subject and a flow it may be enrolled in. */
export interface Enrolment {
  flowId: string;
  subjectId: string;
}

/**
 * Serialises enrolments of these subjects in these flows across transactions and processes
 * (transaction-scoped advisory locks, taken in the database's order of their keys, so two
 * transactions cannot each hold one the other waits for), so "is it enrolled?" and the insert that follows cannot interleave
 * with another event's. One statement for all of a batch's enrolments.
 */
export async function lockEnrolments(tx: Db, tenantId: string, enrolments: readonly Enrolment[]): Promise<void> {
  if (enrolments.length === 0) return;
  const keys = [...new Set(enrolments.map(({ flowId, subjectId }) => JSON.stringify([tenantId, flowId, subjectId])))];
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(k.key, 0)) FROM (SELECT value AS key FROM jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) ORDER BY value) AS k`,
  );
}

/**
 * Which of `enrolments` have a run waiting (are enrolled), as `flowId\0subjectId` keys: one probe
 * of the one-waiting-run index per enrolment. Written as a lateral probe rather than `IN` lists
 * so that the plan does not hang on the table's statistics: on a table not yet analysed (a new
 * store, a tenant's first hour), PostgreSQL planned `subject_id IN (...)` as a filter over every
 * waiting run of the tenant, and the check cost milliseconds per event instead of microseconds.
 */
export function enrolledAlreadyQuery(tx: Db, tenantId: string, enrolments: readonly Enrolment[]) {
  const pairs = sql`jsonb_to_recordset(${JSON.stringify(enrolments.map(({ flowId, subjectId }) => ({ flowId, subjectId })))}::jsonb) AS e("flowId" text, "subjectId" text)`;
  const waiting = tx
    .select({ found: sql<number>`1`.as('found') })
    .from(flowRuns)
    .where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.flowId, sql`e."flowId"`), eq(flowRuns.subjectId, sql`e."subjectId"`), eq(flowRuns.status, 'waiting')))
    .limit(1)
    .as('waiting');
  return tx
    .select({ flowId: sql<string>`e."flowId"`, subjectId: sql<string>`e."subjectId"` })
    .from(pairs)
    .crossJoinLateral(waiting);
}

export async function enrolledAlready(tx: Db, tenantId: string, enrolments: readonly Enrolment[]): Promise<Set<string>> {
  if (enrolments.length === 0) return new Set();
  const rows = await enrolledAlreadyQuery(tx, tenantId, enrolments);
  return new Set(rows.map((row) => enrolmentKey(row)));
}

export const enrolmentKey = ({ flowId, subjectId }: Enrolment) => `${flowId}\u0000${subjectId}`;

/** What the event path keeps of a run it stored: enough to schedule its next deadline. */
export interface StoredRun {
  tenantId: string;
  id: string;
  flowId: string;
  status: RunState['status'];
  version: number;
  nextDeadline: Date | null;
}

function storedRun(tenantId: string, id: string, state: RunState, version: number): StoredRun {
  return { tenantId, id, flowId: state.flowId, status: state.status, version, nextDeadline: stateColumns(state).nextDeadline };
}

/**
 * New runs in one statement: the rows travel as one JSON value, read by jsonb_to_recordset,
 * rather than as a dozen parameters per run for the driver to build and send.
 */
export async function insertRuns(tx: Db, tenantId: string, runs: readonly { id: string; state: RunState }[], now: Date): Promise<StoredRun[]> {
  if (runs.length === 0) return [];
  const records = runs.map(({ id, state }) => ({ id, flow_id: state.flowId, subject_id: state.subject.id, ...stateFields(state) }));
  await tx.execute(sql`
    INSERT INTO flow_runs (tenant_id, id, flow_id, subject_id, status, waiting_node, waiting_for, next_deadline, ended_reason, version, state, started_at, updated_at)
    SELECT ${tenantId}, r.id, r.flow_id, r.subject_id, r.status, r."waitingNode", r."waitingFor", r.next_deadline, r."endedReason", 1, r.state, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id text, flow_id text, subject_id text, ${STATE_RECORD})`);
  return runs.map(({ id, state }) => storedRun(tenantId, id, state, 1));
}

/** What the event path reads of a waiting run it resumes. */
export type WaitingRun = Pick<RunRow, 'tenantId' | 'id' | 'flowId' | 'subjectId' | 'version' | 'state'>;

/**
 * The waiting runs of these subjects in the tenant, locked for this transaction, in the order
 * they started: one probe of the waiting-runs-by-subject index per subject, taken in the order of
 * the subjects' ids so two transactions lock shared subjects' runs in the same order. A lateral
 * probe, not an `IN` list, for the reason given at {@link enrolledAlreadyQuery}.
 */
export function lockWaitingRunsQuery(tx: Db, tenantId: string, subjectIds: readonly string[]) {
  const subjects = sql`(SELECT DISTINCT value AS id FROM jsonb_array_elements_text(${JSON.stringify(subjectIds)}::jsonb) ORDER BY value) AS s`;
  const run = tx
    .select({ tenantId: flowRuns.tenantId, id: flowRuns.id, flowId: flowRuns.flowId, subjectId: flowRuns.subjectId, version: flowRuns.version, state: flowRuns.state, seq: flowRuns.seq })
    .from(flowRuns)
    .where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.subjectId, sql`s.id`), eq(flowRuns.status, 'waiting')))
    .for('update')
    .as('run');
  return tx
    .select({ tenantId: run.tenantId, id: run.id, flowId: run.flowId, subjectId: run.subjectId, version: run.version, state: run.state })
    .from(subjects)
    .crossJoinLateral(run)
    .orderBy(run.seq);
}

export async function lockWaitingRunsOf(tx: Db, tenantId: string, subjectIds: readonly string[]): Promise<WaitingRun[]> {
  if (subjectIds.length === 0) return [];
  return lockWaitingRunsQuery(tx, tenantId, subjectIds);
}

export async function lockRun(tx: Db, tenantId: string, id: string): Promise<RunRow | undefined> {
  const [row] = await tx.select().from(flowRuns).where(and(eq(flowRuns.tenantId, tenantId), eq(flowRuns.id, id))).for('update');
  return row;
}

/**
 * Stores runs' new states (rows this transaction locked) in one statement; each version goes
 * up, so deadline jobs of the old one do nothing.
 */
export async function updateRuns(tx: Db, updates: readonly { row: Pick<WaitingRun, 'tenantId' | 'id' | 'version'>; state: RunState }[], now: Date): Promise<StoredRun[]> {
  if (updates.length === 0) return [];
  const tenantId = updates[0]!.row.tenantId;
  if (updates.some(({ row }) => row.tenantId !== tenantId)) throw new Error("updateRuns: one tenant's runs at a time");
  const records = updates.map(({ row, state }) => ({ id: row.id, version: row.version + 1, ...stateFields(state) }));
  await tx.execute(sql`
    UPDATE flow_runs SET status = r.status, waiting_node = r."waitingNode", waiting_for = r."waitingFor", next_deadline = r.next_deadline,
      ended_reason = r."endedReason", version = r.version, state = r.state, updated_at = ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id text, version integer, ${STATE_RECORD})
    WHERE flow_runs.tenant_id = ${tenantId} AND flow_runs.id = r.id`);
  return updates.map(({ row, state }) => storedRun(tenantId, row.id, state, row.version + 1));
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
    [...perStep].flatMap(([nodeId, count]) => [
      { flowId, nodeId, measure: 'ended', count },
      { flowId, nodeId, measure: 'waiting', count: -count },
    ]),
  );
  return rows.length;
}

/**
 * A change of one of a flow's step counters. Measures: `entered`, `left:<port>`, `ended`, and
 * `waiting` (runs waiting at the step now, so it goes down as well as up); the flow's
 * enrolments are `enrolled` under the node id ''.
 */
export interface CountDelta {
  nodeId: string;
  measure: string;
  count: number;
}

/** A step counter's change, with the flow it belongs to. */
export interface FlowCountDelta extends CountDelta {
  flowId: string;
}

/**
 * Adds to step counters, of one flow or several, in one statement: deltas of one counter are
 * summed first (one row may be changed once per statement), and the counters are written in
 * the database's order of their keys, so two transactions touching the same counters lock them
 * in the same order.
 */
export async function addCounts(tx: Db, tenantId: string, deltas: readonly FlowCountDelta[]): Promise<void> {
  const summed = new Map<string, FlowCountDelta>();
  for (const delta of deltas) {
    const key = JSON.stringify([delta.flowId, delta.nodeId, delta.measure]);
    const seen = summed.get(key);
    summed.set(key, { ...delta, count: (seen?.count ?? 0) + delta.count });
  }
  // Deltas that cancel out (one run stops waiting at a step as another starts) change no counter,
  // and need not lock one.
  const changes = [...summed.values()].filter((delta) => delta.count !== 0);
  if (changes.length === 0) return;
  await tx.execute(sql`
    INSERT INTO flow_step_counts (tenant_id, flow_id, node_id, measure, count)
    SELECT ${tenantId}, c."flowId", c."nodeId", c.measure, c.count
    FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS c("flowId" text, "nodeId" text, measure text, count bigint)
    ORDER BY c."flowId", c."nodeId", c.measure
    ON CONFLICT (tenant_id, flow_id, node_id, measure) DO UPDATE SET count = flow_step_counts.count + excluded.count`);
}

/**
 * A flow's step counters in ONE statement (undefined when the tenant has no such flow),
 * aggregated into one JSON value in SQL: one row to decode rather than thousands, and one round
 * trip rather than two (the flow, the counters). On a busy machine each round trip waits for the
 * database and then for this process to be scheduled again, and those waits made most of the
 * read's time. The runs waiting at each step are a counter like the others (measure `waiting`,
 * changed in the transaction that changes where a run waits), so the read costs the same
 * however many runs wait.
 *
 * The JSON is three flat lists (step ids, measures, counts): PostgreSQL gathers each as an array
 * and converts it once, which costs about half of building a small JSON value per counter, and
 * lists of plain values are what JSON.parse reads fastest.
 */
export async function readFlowStats(db: Db, tenantId: string, flowId: string): Promise<CountDelta[] | undefined> {
  const [row] = await db
    .select({
      // With no counter, each array_agg gives NULL, which json_build_array keeps.
      counts: sql<[string[], string[], number[]] | [null, null, null]>`(SELECT json_build_array(array_agg(c.node_id), array_agg(c.measure), array_agg(c.count)) FROM flow_step_counts c WHERE c.tenant_id = ${tenantId} AND c.flow_id = ${flowId})`,
    })
    .from(flows)
    .where(and(eq(flows.tenantId, tenantId), eq(flows.id, flowId)));
  if (!row) return undefined;
  const [nodeIds, measures, counts] = row.counts;
  if (nodeIds === null) return [];
  return nodeIds.map((nodeId, index) => ({ nodeId, measure: measures[index]!, count: Number(counts[index]) }));
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
