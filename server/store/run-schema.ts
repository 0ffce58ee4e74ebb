import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { RunState } from '../../shared/runtime/run-state';

// The tables of migrations/0009_flow_runs.sql (and 0015's waiting counters), typed for queries (beside schema.ts, as the
// import tables are).

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One enrolment of a subject in a flow, with the interpreter's state. */
export const flowRuns = pgTable(
  'flow_runs',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** Insertion order: the runs listing pages on it. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    flowId: text('flow_id').notNull(),
    subjectId: text('subject_id').notNull(),
    status: text('status').notNull().$type<RunState['status']>(),
    waitingNode: text('waiting_node'),
    waitingFor: text('waiting_for'),
    nextDeadline: at('next_deadline'),
    endedReason: text('ended_reason'),
    /** Bumped by every change: a deadline job names the version it was scheduled for. */
    version: integer('version').notNull(),
    state: jsonb('state').notNull().$type<RunState>(),
    startedAt: at('started_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('flow_runs_listing').on(t.tenantId, t.flowId, t.seq)],
);

/** A flow's statistics as counters per step: `entered`, `ended`, `left:<port>`, `waiting`; node '' holds `enrolled`. */
export const flowStepCounts = pgTable(
  'flow_step_counts',
  {
    tenantId: text('tenant_id').notNull(),
    flowId: text('flow_id').notNull(),
    nodeId: text('node_id').notNull(),
    measure: text('measure').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.flowId, t.nodeId, t.measure] })],
);
