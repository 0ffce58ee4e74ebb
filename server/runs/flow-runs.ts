import { randomUUID } from 'node:crypto';
import type { RunEvent } from '../../shared/catalog/behaviour';
import { FLOW_STATUSES } from '../../shared/format/flow-statuses';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import { enrolmentRefusal, enrolsIn } from '../../shared/runtime/enrolment-rules';
import { resumeInputOf } from '../../shared/runtime/event-inputs';
import type { RunState } from '../../shared/runtime/run-state';
import { Runner, RunError } from '../../shared/runtime/runner';
import type { StartOptions } from '../../shared/runtime/runner';
import type { EventResult, PlatformEvent } from '../../shared/tenant-api/runs';
import type { Db } from '../store/database';
import { addCounts, insertRun, isEnrolled, lockEnrolment, lockRun, lockWaitingRunsOf, updateRun } from '../store/run-store';
import type { CountDelta } from '../store/run-store';
import { CalledFlows } from './called-flows';
import type { DeadlineJob, JobEngine } from './job-engine';
import { flowDocuments, liveFlowsStartedBy } from './live-flows';

type RunRow = Awaited<ReturnType<typeof insertRun>>;

/** What running flows needs besides the transaction: the clock and the job engine for deadlines. */
export interface RunContext {
  now: Date;
  jobs: JobEngine;
}

/** The statuses in which a flow of `profile` takes enrolments. */
function enrollingStatuses(profile: Profile): string[] {
  return FLOW_STATUSES.filter((status) => enrolsIn(profile, status));
}

/**
 * One platform event, in one transaction: first the subject's waiting runs that the event
 * resumes (a reply, digits) go on; then the subject is enrolled in every live flow of the
 * tenant the event starts, side by side, except where it is already enrolled.
 */
export async function handleEvent(tx: Db, ctx: RunContext, tenant: { id: string; profile: Profile }, input: PlatformEvent): Promise<EventResult> {
  const { subject: parsedSubject, ...eventFields } = input;
  const event: RunEvent = eventFields;
  const subject = parsedSubject;
  const result: EventResult = { enrolled: [], resumed: [], refused: [] };
  const at = ctx.now.getTime();
  const calls = new CalledFlows(tx, tenant.id);

  const resumeInput = resumeInputOf(event);
  if (resumeInput) {
    const waiting = await lockWaitingRunsOf(tx, tenant.id, subject.id);
    const documents = await flowDocuments(tx, tenant.id, [...new Set(waiting.map((row) => row.flowId))]);
    for (const row of waiting) {
      if (row.state.waiting?.for !== resumeInput.kind) continue;
      const flow = documents.get(row.flowId);
      if (flow) await calls.load(flow);
      const before = { ...row.state, now: Math.max(row.state.now, at) };
      const after = flow ? advance((state) => new Runner(flow, { flows: calls.lookup }).resume(state, resumeInput), before) : ejected(before);
      await store(tx, ctx, row, after);
      result.resumed.push({ flowId: row.flowId, runId: row.id });
    }
  }

  // Locked FOR SHARE: a stop or finalize of one of these flows waits for this event to commit, then ejects the runs it started.
  const live = await liveFlowsStartedBy(tx, tenant.id, enrollingStatuses(tenant.profile), event);
  for (const row of live) {
    const runner = new Runner(row.document as Flow, { flows: calls.lookup });
    const trigger = runner.triggersFor(event)[0];
    if (!trigger) continue;
    await lockEnrolment(tx, tenant.id, row.id, subject.id);
    const refusal = enrolmentRefusal(tenant.profile, row.status as (typeof FLOW_STATUSES)[number], await isEnrolled(tx, tenant.id, row.id, subject.id));
    if (refusal === 'alreadyEnrolled') {
      result.refused.push({ flowId: row.id, reason: refusal });
      continue;
    }
    await calls.load(runner.flow);
    const started = startRun(runner, { subject, now: at, triggerId: trigger.id, event });
    if (!started) continue;
    const id = randomUUID();
    const inserted = await insertRun(tx, tenant.id, id, started, ctx.now);
    await addCounts(tx, tenant.id, row.id, [{ nodeId: '', measure: 'enrolled', count: 1 }, ...countDeltas(undefined, started)]);
    await scheduleDeadline(tx, ctx, inserted);
    result.enrolled.push({ flowId: row.id, runId: id });
  }
  return result;
}

/**
 * A wait's deadline came (the job engine calls this): the run times out at its deadline and
 * goes on. Nothing happens when the run moved on meanwhile (a reply came, it was ejected).
 */
export async function runDeadline(tx: Db, ctx: RunContext, job: DeadlineJob): Promise<void> {
  const row = await lockRun(tx, job.tenantId, job.runId);
  if (!row || row.version !== job.version || row.status !== 'waiting') return;
  const deadline = row.state.waiting?.deadline;
  if (deadline === undefined) return;
  const [flow] = (await flowDocuments(tx, job.tenantId, [row.flowId])).values();
  const until = Math.max(deadline, row.state.now);
  const calls = new CalledFlows(tx, job.tenantId);
  if (flow) await calls.load(flow);
  const after = flow ? advance((state) => new Runner(flow, { flows: calls.lookup }).passTime(state, until), row.state) : ejected(row.state);
  await store(tx, ctx, row, after);
}

/** Stores a run's new state, counts what it did, and schedules its next deadline. */
async function store(tx: Db, ctx: RunContext, row: RunRow, after: RunState): Promise<void> {
  const updated = await updateRun(tx, row, after, ctx.now);
  await addCounts(tx, row.tenantId, row.flowId, countDeltas(row.state, after));
  await scheduleDeadline(tx, ctx, updated);
}

async function scheduleDeadline(tx: Db, ctx: RunContext, row: RunRow): Promise<void> {
  if (row.status !== 'waiting' || !row.nextDeadline) return;
  await ctx.jobs.scheduleDeadline(tx, { tenantId: row.tenantId, runId: row.id, version: row.version }, row.nextDeadline.getTime() - ctx.now.getTime());
}

/**
 * The interpreter's next state; a flow that no longer fits the run (a step gone) ejects it.
 * The interpreter gets a copy: it sets the port of the step it resumes on the path entry it
 * was given, and the counters compare the state before with the state after.
 */
function advance(step: (state: RunState) => RunState, before: RunState): RunState {
  try {
    return step(structuredClone(before));
  } catch (error) {
    // Ejected where it could not go on (a called flow not available), as far as it got.
    if (error instanceof RunError) return error.stopped ?? ejected(before);
    throw error;
  }
}

/** A new run; one that cannot go on (a called flow not available) is ejected where it got to. */
function startRun(runner: Runner, options: StartOptions): RunState | undefined {
  try {
    return runner.start(options);
  } catch (error) {
    if (error instanceof RunError && error.stopped) return error.stopped;
    throw error;
  }
}

function ejected(state: RunState): RunState {
  return state.status === 'ended' ? state : { ...state, status: 'ended', ended: 'ejected', waiting: undefined };
}

/**
 * What a run did between two states, as step counters of its flow: each step it entered, the
 * port it left a step by, and the step it ended at. Steps of flows it called are not the
 * flow's own and are not counted.
 */
export function countDeltas(before: RunState | undefined, after: RunState): CountDelta[] {
  const deltas: CountDelta[] = [];
  const own = (step: { flowId: string }) => step.flowId === after.flowId;
  const from = before?.path.length ?? 0;
  // The steps still open before are left now: the step it waited at, by the port the resume gave
  // it, and the steps that called the flow it waited in, by their return port once it returned.
  for (let index = from - 1, open = (before?.stack.length ?? 0) + 1; index >= 0 && open > 0; index -= 1) {
    if (before!.path[index]!.port !== undefined) continue;
    open -= 1;
    const left = after.path[index]!;
    if (own(left) && left.port !== undefined) deltas.push({ nodeId: left.nodeId, measure: `left:${left.port}`, count: 1 });
  }
  for (const step of after.path.slice(from)) {
    if (!own(step)) continue;
    deltas.push({ nodeId: step.nodeId, measure: 'entered', count: 1 });
    if (step.port !== undefined) deltas.push({ nodeId: step.nodeId, measure: `left:${step.port}`, count: 1 });
  }
  if (after.status === 'ended' && before?.status !== 'ended') {
    const last = [...after.path].reverse().find(own);
    if (last) deltas.push({ nodeId: last.nodeId, measure: 'ended', count: 1 });
  }
  return merge(deltas);
}

function merge(deltas: readonly CountDelta[]): CountDelta[] {
  const merged = new Map<string, CountDelta>();
  for (const delta of deltas) {
    const key = `${delta.nodeId}\u0000${delta.measure}`;
    const seen = merged.get(key);
    merged.set(key, { ...delta, count: (seen?.count ?? 0) + delta.count });
  }
  return [...merged.values()];
}
