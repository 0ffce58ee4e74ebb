import { and, eq } from 'drizzle-orm';
import type { FlowStats, StepStats } from '../../shared/tenant-api/flow-stats';
import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { eventResultSchema } from '../../shared/tenant-api/runs';
import type { EventResult } from '../../shared/tenant-api/runs';
import { handleEvent } from '../runs/flow-runs';
import type { Db } from '../store/database';
import { listRuns, readFlowStats } from '../store/run-store';
import { flows } from '../store/schema';
import { notFound } from './api-error';
import type { Handler } from './handler-types';
import { onceForKey, optionalIdempotencyKey } from './idempotency-key';

/**
 * `POST /v1/events`: enrols and resumes (runs/flow-runs.ts), in a transaction shared with the
 * tenant's other events arriving meanwhile (runs/event-batches.ts), answered once it committed.
 * With an Idempotency-Key the event is handled once, however often it is sent, in a transaction
 * of its own that also records the key: a client that got no answer (a server process died)
 * sends it again with the same key and gets the first answer, or the event is handled now if it
 * never was (idempotency-key.ts).
 */
export const postEventHandler: Handler<TenantRoutes['postEvent']> = async ({ body }, ctx) => {
  // Every server process starts the job engine (api/app.ts); only an app built without a store's job SQL has none.
  if (!ctx.jobs || !ctx.events) throw new Error('this server was started without its job engine');
  const context = { now: ctx.now, jobs: ctx.jobs };
  const key = optionalIdempotencyKey(ctx.idempotencyKey);
  let result: EventResult;
  if (key === undefined) result = await ctx.events.submit(ctx.caller.tenant, body);
  else {
    const request = { db: ctx.db, tenantId: ctx.caller.tenant.id, key, now: ctx.now, body, what: 'event', route: 'postEvent' };
    const handled = async (tx: Db) => ({ status: 200, body: await handleEvent(tx, context, ctx.caller.tenant, body) });
    result = await onceForKey(request, handled, (stored) => eventResultSchema.parse(stored));
  }
  await ctx.hooks?.afterEvent?.(body.subject.id);
  return { body: result };
};

async function flowExists(db: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await db.select({ id: flows.id }).from(flows).where(and(eq(flows.tenantId, tenantId), eq(flows.id, id)));
  return row !== undefined;
}

/**
 * `GET /v1/flows/{id}/stats`: the step counters the runs keep, the runs waiting at each step
 * among them (one indexed read whatever the flow's history or how many runs wait), read with the
 * flow's existence in one statement.
 */
export const getFlowStatsHandler: Handler<TenantRoutes['getFlowStats']> = async ({ params }, { db, caller, now }) => {
  const counts = await readFlowStats(db, caller.tenant.id, params.id);
  if (!counts) throw notFound(`Flow ${params.id}`);
  const steps: Record<string, StepStats> = {};
  const step = (nodeId: string) => (steps[nodeId] ??= { entered: 0, left: {}, waiting: 0, ended: 0 });
  let enrolled = 0;
  let running = 0;
  for (const { nodeId, measure, count } of counts) {
    if (nodeId === '') {
      if (measure === 'enrolled') enrolled = count;
      continue;
    }
    if (measure === 'entered') step(nodeId).entered = count;
    else if (measure === 'ended') step(nodeId).ended = count;
    else if (measure.startsWith('left:')) step(nodeId).left[measure.slice('left:'.length)] = count;
    else if (measure === 'waiting') {
      step(nodeId).waiting = count;
      running += count;
    }
  }
  const stats: FlowStats = { flowId: params.id, at: now.toISOString(), enrolled, running, steps };
  return { body: stats };
};

/** `GET /v1/flows/{id}/runs`: newest first, paged with `before`. */
export const listFlowRunsHandler: Handler<TenantRoutes['listFlowRuns']> = async ({ params, query }, { db, caller }) => {
  if (!(await flowExists(db, caller.tenant.id, params.id))) throw notFound(`Flow ${params.id}`);
  return { body: { runs: await listRuns(db, caller.tenant.id, params.id, query) } };
};
