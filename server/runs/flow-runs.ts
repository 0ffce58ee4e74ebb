import { randomUUID } from 'node:crypto';
import type { RunEvent } from '../../shared/catalog/behaviour';
import { FLOW_STATUSES } from '../../shared/format/flow-statuses';
import type { Profile } from '../../shared/format/profiles';
import { enrolmentRefusal, enrolsIn } from '../../shared/runtime/enrolment-rules';
import { resumeInputOf } from '../../shared/runtime/event-inputs';
import type { RunState } from '../../shared/runtime/run-state';
import { Runner, RunError } from '../../shared/runtime/runner';
import type { StartOptions } from '../../shared/runtime/runner';
import type { EventResult, PlatformEvent } from '../../shared/tenant-api/runs';
import type { Db } from '../store/database';
import { addCounts, enrolledAlready, enrolmentKey, insertRuns, lockEnrolments, lockRun, lockWaitingRunsOf, updateRuns, waitingStep } from '../store/run-store';
import type { CountDelta, FlowCountDelta, StoredRun } from '../store/run-store';
import { CalledFlows } from './called-flows';
import type { DeadlineJob, JobEngine } from './job-engine';
import { flowDocuments, liveFlowsStartedBy } from './live-flows';

type RunRow = Awaited<ReturnType<typeof lockWaitingRunsOf>>[number];

/** What running flows needs besides the transaction: the clock and the job engine for deadlines. */
export interface RunContext {
  now: Date;
  jobs: Pick<JobEngine, 'scheduleDeadlines'>;
}

/** The statuses in which a flow of `profile` takes enrolments. */
function enrollingStatuses(profile: Profile): string[] {
  return FLOW_STATUSES.filter((status) => enrolsIn(profile, status));
}

/** One platform event, in the transaction `tx`: {@link handleEvents} of one. */
export async function handleEvent(tx: Db, ctx: RunContext, tenant: TenantOfEvents, input: PlatformEvent): Promise<EventResult> {
  const [result] = await handleEvents(tx, ctx, tenant, [input]);
  return result!;
}

/** The tenant whose live flows the events run. */
export interface TenantOfEvents {
  id: string;
  profile: Profile;
}

/**
 * Platform events of one tenant, in one transaction, each as if handled alone in the order
 * given: first the subject's waiting runs that an event resumes (a reply, digits) go on; then
 * the subject is enrolled in every live flow of the tenant the event starts, side by side,
 * except where it is already enrolled. Events of different subjects are independent, so they
 * are handled together, a few statements for all of them; a subject's later event waits for
 * the next round, and sees what its earlier one did.
 */
export async function handleEvents(tx: Db, ctx: RunContext, tenant: TenantOfEvents, inputs: readonly PlatformEvent[]): Promise<EventResult[]> {
  const results: EventResult[] = inputs.map(() => ({ enrolled: [], resumed: [], refused: [] }));
  const counts: FlowCountDelta[] = [];
  for (const round of roundsOfDistinctSubjects(inputs)) {
    const events = round.map((index) => ({ input: inputs[index]!, result: results[index]! }));
    const calls = new CalledFlows(tx, tenant.id);
    counts.push(...(await resumeWaitingRuns(tx, ctx, tenant, events, calls)), ...(await enrol(tx, ctx, tenant, events, calls)));
  }
  // Last: every event's transaction adds to the same counters, and holds them from here to its commit.
  await addCounts(tx, tenant.id, counts);
  return results;
}

/** The events' indexes in rounds in which no subject comes twice, each subject's events in order. */
function roundsOfDistinctSubjects(inputs: readonly PlatformEvent[]): number[][] {
  const rounds: number[][] = [];
  const roundOfNext = new Map<string, number>();
  inputs.forEach((input, index) => {
    const round = roundOfNext.get(input.subject.id) ?? 0;
    (rounds[round] ??= []).push(index);
    roundOfNext.set(input.subject.id, round + 1);
  });
  return rounds;
}

interface EventInRound {
  input: PlatformEvent;
  result: EventResult;
}

const eventOf = ({ subject: _subject, ...fields }: PlatformEvent): RunEvent => fields;

/** The events' subjects' waiting runs that the events resume go on, stored together; returns what to count. */
async function resumeWaitingRuns(tx: Db, ctx: RunContext, tenant: TenantOfEvents, events: readonly EventInRound[], calls: CalledFlows): Promise<FlowCountDelta[]> {
  const resuming = events.flatMap((event) => {
    const resumeInput = resumeInputOf(eventOf(event.input));
    return resumeInput ? [{ ...event, resumeInput }] : [];
  });
  if (resuming.length === 0) return [];
  const waiting = await lockWaitingRunsOf(tx, tenant.id, resuming.map((event) => event.input.subject.id));
  const documents = await flowDocuments(tx, tenant.id, [...new Set(waiting.map((row) => row.flowId))]);
  const at = ctx.now.getTime();
  const updates: { row: RunRow; state: RunState }[] = [];
  for (const { input, result, resumeInput } of resuming) {
    for (const row of waiting) {
      if (row.subjectId !== input.subject.id || row.state.waiting?.for !== resumeInput.kind) continue;
      const flow = documents.get(row.flowId);
      if (flow) await calls.load(flow);
      const before = { ...row.state, now: Math.max(row.state.now, at) };
      const after = flow ? advance((state) => new Runner(flow, { flows: calls.lookup }).resume(state, resumeInput), before) : ejected(before);
      updates.push({ row, state: after });
      result.resumed.push({ flowId: row.flowId, runId: row.id });
    }
  }
  return store(tx, ctx, updates);
}

/** The events' subjects enrolled in the live flows the events start, all stored together; returns what to count. */
async function enrol(tx: Db, ctx: RunContext, tenant: TenantOfEvents, events: readonly EventInRound[], calls: CalledFlows): Promise<FlowCountDelta[]> {
  // Locked FOR SHARE: a stop or finalize of one of these flows waits for the events to commit, then ejects the runs they started.
  const live = await liveFlowsStartedBy(tx, tenant.id, enrollingStatuses(tenant.profile), events.map((event) => eventOf(event.input)));
  const runners = new Map([...live.flows.values()].map((flow) => [flow.id, new Runner(flow.document, { flows: calls.lookup })]));
  const enrolments = events.flatMap((event, index) => live.startedBy[index]!.map((flowId) => ({ event, flowId, subjectId: event.input.subject.id })));
  await lockEnrolments(tx, tenant.id, enrolments);
  const enrolled = await enrolledAlready(tx, tenant.id, enrolments);
  const started: { event: EventInRound; id: string; state: RunState }[] = [];
  for (const enrolment of enrolments) {
    const { event, flowId } = enrolment;
    const flow = live.flows.get(flowId)!;
    const runner = runners.get(flowId)!;
    const runEvent = eventOf(event.input);
    const trigger = runner.triggersFor(runEvent)[0];
    if (!trigger) continue;
    const refusal = enrolmentRefusal(tenant.profile, flow.status as (typeof FLOW_STATUSES)[number], enrolled.has(enrolmentKey(enrolment)));
    if (refusal === 'alreadyEnrolled') {
      event.result.refused.push({ flowId, reason: refusal });
      continue;
    }
    await calls.load(runner.flow);
    const state = startRun(runner, { subject: event.input.subject, now: ctx.now.getTime(), triggerId: trigger.id, event: runEvent });
    if (!state) continue;
    started.push({ event, id: randomUUID(), state });
  }
  const stored = await insertRuns(tx, tenant.id, started, ctx.now);
  await scheduleDeadlines(tx, ctx, stored);
  for (const { event, id, state } of started) event.result.enrolled.push({ flowId: state.flowId, runId: id });
  return started.flatMap(({ state }) => [{ nodeId: '', measure: 'enrolled', count: 1 }, ...countDeltas(undefined, state)].map((delta) => ({ flowId: state.flowId, ...delta })));
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
  await addCounts(tx, job.tenantId, await store(tx, ctx, [{ row, state: after }]));
}

/** Stores runs' new states and schedules their next deadlines; returns what to count of what they did. */
async function store(tx: Db, ctx: RunContext, updates: readonly { row: RunRow; state: RunState }[]): Promise<FlowCountDelta[]> {
  const stored = await updateRuns(tx, updates, ctx.now);
  await scheduleDeadlines(tx, ctx, stored);
  return updates.flatMap(({ row, state }) => countDeltas(row.state, state).map((delta) => ({ flowId: row.flowId, ...delta })));
}

async function scheduleDeadlines(tx: Db, ctx: RunContext, runs: readonly StoredRun[]): Promise<void> {
  const deadlines = runs.flatMap((run) =>
    run.status === 'waiting' && run.nextDeadline
      ? [{ job: { tenantId: run.tenantId, runId: run.id, version: run.version }, delayMs: run.nextDeadline.getTime() - ctx.now.getTime() }]
      : [],
  );
  await ctx.jobs.scheduleDeadlines(tx, deadlines);
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
 * port it left a step by, the step it ended at, and the step it waits at (one less waiting where
 * it waited before, one more where it waits now). Steps of flows it called are not the flow's
 * own and are not counted: a run waiting inside one waits at the step that called it.
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
  const waitedAt = before ? waitingStep(before) : null;
  const waitsAt = waitingStep(after);
  if (waitedAt !== null) deltas.push({ nodeId: waitedAt, measure: 'waiting', count: -1 });
  if (waitsAt !== null) deltas.push({ nodeId: waitsAt, measure: 'waiting', count: 1 });
  return merge(deltas);
}

function merge(deltas: readonly CountDelta[]): CountDelta[] {
  const merged = new Map<string, CountDelta>();
  for (const delta of deltas) {
    const key = `${delta.nodeId}\u0000${delta.measure}`;
    const seen = merged.get(key);
    merged.set(key, { ...delta, count: (seen?.count ?? 0) + delta.count });
  }
  return [...merged.values()].filter((delta) => delta.count !== 0);
}
