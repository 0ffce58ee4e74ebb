// The tenant the runs benchmark loads, written straight to a PostgreSQL database before any
// server process starts: live flows as a busy tenant has them, and the bulk of waiting
// contacts written as the runs would leave them (rows and their deadline jobs), because
// enrolling 100,000 contacts through the API would take minutes of the benchmark's time.
import { randomUUID } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import type { Flow } from '../../../shared/format/flow-schema';
import type { RunState } from '../../../shared/runtime/run-state';
import { Runner } from '../../../shared/runtime/runner';
import { flowOf } from '../../../shared/runtime/test-support/flow-of';
import { DEADLINE_QUEUE, JOB_SCHEMA, jobSqlOver } from '../../../server/runs/job-engine';
import type { Database } from '../../../server/store/database';
import { insertFlow } from '../../../server/store/flow-store';
import { changeStatus, lifecycleRow } from '../../../server/store/lifecycle-store';
import { addCounts } from '../../../server/store/run-store';
import { flowRuns } from '../../../server/store/run-schema';
import { createTenant } from '../../../server/store/tenant-store';
import { generateFlow } from '../generate-flow';

/** Live flows the events do not start (triggered by a tag): every event still has to look at them. */
const OTHER_LIVE_FLOWS = 40;
const OTHER_FLOW_NODES = 40;
/** The flow whose statistics are read: 1,000 steps, live, with a history of runs. */
export const STATS_FLOW_STEPS = 1_000;
const STATS_HISTORY_RUNS = 20_000;
const STATS_WAITING = 5_000;
const NURTURE_CHANNEL = 'Instagram';

export interface RunsTenant {
  tenantId: string;
  token: string;
  /** The flow `conversation.opened` starts: welcome message, then a question that waits 7 days. */
  entryFlowId: string;
  /** The flow the far-future timers wait in (a month). */
  nurture: Flow;
  statsFlowId: string;
}

/** Opened (on any channel, or on `channel`) -> welcome -> a question that waits up to `timeoutS` for the reply. */
function questionFlow(name: string, timeoutS: number, channel?: string): Flow {
  const flow = flowOf(
    'conversations',
    [
      ['opened', 'conversationOpened', { channels: channel === undefined ? [] : [{ $ref: 'channel', id: `channel-${channel}`, name: channel }] }],
      ['welcome', 'sendMessage', { text: 'Hello {{contact.firstName}}, thanks for writing.' }],
      ['ask', 'askQuestion', { question: 'Your order number?', answerType: 'number', options: [], invalidAnswerMessage: '', variable: 'order', timeout: timeoutS }],
      ['thanks', 'sendMessage', { text: 'Thanks, order {{order}} noted.' }],
      ['bye', 'sendMessage', { text: 'We will write again later.' }],
    ],
    [
      ['opened', 'next', 'welcome'],
      ['welcome', 'next', 'ask'],
      ['ask', 'answered', 'thanks'],
      ['ask', 'timeout', 'bye'],
    ],
  );
  return { ...flow, id: randomUUID(), name };
}

/** A tenant with its live flows; the stats flow with its counters and waiting runs. */
export async function prepareRunsTenant(database: Database): Promise<RunsTenant> {
  const now = new Date();
  const { tenant, token } = await createTenant(database.db, { name: 'Runs benchmark tenant', profile: 'conversations', now });
  const ctx = { tenantId: tenant.id, tokenId: token.id, clientAddress: null, now };
  const entry = questionFlow('Welcome and order number', 7 * 86_400);
  // Opened on Instagram: the benchmark's events (WhatsApp) do not start it.
  const nurture = questionFlow('Nurture (a month)', 30 * 86_400, NURTURE_CHANNEL);
  // Not an event's trigger here: its own trigger is a tag's, like the other flows'.
  const stats = { ...generateFlow(STATS_FLOW_STEPS), id: randomUUID(), name: 'A 1,000-step flow' };
  const others = Array.from({ length: OTHER_LIVE_FLOWS }, (_, index) => ({ ...generateFlow(OTHER_FLOW_NODES), id: randomUUID(), name: `Tagged lead ${index + 1}` }));
  await database.db.transaction(async (tx) => {
    for (const flow of [entry, nurture, stats, ...others]) {
      await insertFlow(tx, ctx, flow, '');
      await changeStatus(tx, ctx, { row: (await lifecycleRow(tx, tenant.id, flow.id))!, action: 'publish', to: 'published' });
    }
  });
  await writeStatsHistory(database, tenant.id, stats);
  return { tenantId: tenant.id, token: token.token, entryFlowId: entry.id, nurture, statsFlowId: stats.id };
}

/** Counters as 20,000 runs through every step would leave them, and 5,000 runs waiting at ten of its steps (with their counters). */
async function writeStatsHistory(database: Database, tenantId: string, flow: Flow): Promise<void> {
  const nodes = flow.nodes.map((node) => node.id);
  for (let start = 0; start < nodes.length; start += 100) {
    const deltas = nodes.slice(start, start + 100).flatMap((nodeId) => [
      { nodeId, measure: 'entered', count: STATS_HISTORY_RUNS },
      { nodeId, measure: 'left:answered', count: STATS_HISTORY_RUNS - 1_000 },
      { nodeId, measure: 'left:timeout', count: 500 },
      { nodeId, measure: 'ended', count: 5 },
    ]);
    await addCounts(database.db, tenantId, deltas.map((delta) => ({ flowId: flow.id, ...delta })));
  }
  const waitingAt = (index: number) => nodes[(index % 10) * 97]!;
  const waitingSteps = Array.from({ length: 10 }, (_, index) => waitingAt(index));
  await addCounts(database.db, tenantId, waitingSteps.map((nodeId) => ({ flowId: flow.id, nodeId, measure: 'waiting', count: STATS_WAITING / 10 })));
  for (let start = 0; start < STATS_WAITING; start += 1_000) {
    const rows = Array.from({ length: 1_000 }, (_, offset) => {
      const nodeId = waitingAt(start + offset);
      const state = waitingState(flow.id, `stats-${start + offset}`, nodeId, undefined);
      return runRow(tenantId, state);
    });
    await database.db.insert(flowRuns).values(rows);
  }
}

function waitingState(flowId: string, subjectId: string, nodeId: string, deadline: number | undefined): RunState {
  const at = Date.now();
  return {
    flowId,
    triggerId: 'opened',
    event: { event: 'conversation.opened', data: { channel: 'WhatsApp' } },
    status: 'waiting',
    now: at,
    subject: { id: subjectId, name: `Contact ${subjectId}`, fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' } },
    variables: {},
    path: [{ flowId, nodeId, at }],
    effects: [],
    waiting: { flowId, nodeId, for: 'reply', ...(deadline === undefined ? {} : { deadline }) },
    stack: [],
    world: {},
    visits: {},
  };
}

function runRow(tenantId: string, state: RunState) {
  const now = new Date(state.now);
  return {
    tenantId,
    id: randomUUID(),
    flowId: state.flowId,
    subjectId: state.subject.id,
    status: state.status,
    waitingNode: state.waiting?.nodeId ?? null,
    waitingFor: state.waiting?.for ?? null,
    nextDeadline: state.waiting?.deadline === undefined ? null : new Date(state.waiting.deadline),
    endedReason: null,
    version: 1,
    state,
    startedAt: now,
    updatedAt: now,
  };
}

/**
 * `count` contacts waiting in the nurture flow for a reply, each with its deadline job a month
 * away: the state the interpreter leaves (a real start of the flow, copied per contact), the run
 * row, the step's waiting counter and the pg-boss job an enrolment writes, in batches. The job
 * engine's queue must exist (a server process started once over the database creates it).
 */
export async function addWaitingContacts(database: Database, tenant: RunsTenant, count: number): Promise<void> {
  const runner = new Runner(tenant.nurture);
  const boss = new PgBoss({ db: database.jobSql, schema: JOB_SCHEMA, schedule: false, supervise: false, migrate: false });
  await boss.start();
  try {
    const batch = 2_000;
    for (let start = 0; start < count; start += batch) {
      const rows = Array.from({ length: Math.min(batch, count - start) }, (_, offset) => {
        const subject = { id: `timer-${start + offset}`, name: `Contact ${start + offset}`, fields: {}, tags: [], conversation: { open: true, channel: NURTURE_CHANNEL } };
        const state = runner.start({ subject, now: Date.now(), event: { event: 'conversation.opened', data: { channel: NURTURE_CHANNEL } } })!;
        return runRow(tenant.tenantId, state);
      });
      await database.db.transaction(async (tx) => {
        await tx.insert(flowRuns).values(rows);
        await addCounts(tx, tenant.tenantId, [{ flowId: tenant.nurture.id, nodeId: rows[0]!.waitingNode!, measure: 'waiting', count: rows.length }]);
        const jobs = rows.map((row) => ({ data: { tenantId: row.tenantId, runId: row.id, version: 1 }, startAfter: row.nextDeadline!.toISOString() }));
        await boss.insert(DEADLINE_QUEUE, jobs, { db: jobSqlOver(tx) });
      });
    }
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}
