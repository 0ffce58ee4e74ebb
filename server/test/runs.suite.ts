import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { flowOf } from '../../shared/runtime/test-support/flow-of';
import { flowStatsSchema } from '../../shared/tenant-api/flow-stats';
import type { FlowStats } from '../../shared/tenant-api/flow-stats';
import type { FlowActionResult } from '../../shared/tenant-api/flow-actions';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { platformEventSchema } from '../../shared/tenant-api/runs';
import type { EventResult, FlowRunSummary } from '../../shared/tenant-api/runs';
import { createApp } from '../api/app';
import { handleEvents } from '../runs/flow-runs';
import { apiClient } from './api-client';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

const QUESTION_TIMEOUT_S = 120;

/** Opened -> ask (two minutes) -> thanks on an answer, bye on a timeout. */
function questionFlow(name: string): Flow {
  const flow = flowOf(
    'conversations',
    [
      ['opened', 'conversationOpened', { channels: [] }],
      ['ask', 'askQuestion', { question: 'Your order number?', answerType: 'number', options: [], invalidAnswerMessage: '', variable: 'order', timeout: QUESTION_TIMEOUT_S }],
      ['thanks', 'sendMessage', { text: 'Thanks, order {{order}} noted.' }],
      ['bye', 'sendMessage', { text: 'We will write again later.' }],
    ],
    [
      ['opened', 'next', 'ask'],
      ['ask', 'answered', 'thanks'],
      ['ask', 'timeout', 'bye'],
    ],
  );
  return { ...flow, id: crypto.randomUUID(), name };
}

const tts = (text: string) => ({ source: 'tts', text });

/** A reusable call flow: a one-option menu (waits for a digit, five seconds), a prompt, its End. */
function reusableMenu(name: string): Flow {
  const menu = { prompt: tts('Press 1 for sales.'), options: [{ id: 'sales', digit: '1', label: 'Sales' }], inputTimeoutSeconds: 5, maxAttempts: 1 };
  const flow = flowOf(
    'contact-center',
    [
      ['start', 'start'],
      ['menu', 'menu', menu],
      ['sales', 'playPrompt', { prompt: tts('Connecting you to sales.') }],
      ['end', 'end'],
    ],
    [
      ['start', 'next', 'menu'],
      ['menu', 'sales', 'sales'],
      ['menu', 'noInput', 'end'],
      ['sales', 'next', 'end'],
    ],
    'reusable',
  );
  return { ...flow, id: crypto.randomUUID(), name };
}

/** A customer call flow that calls `called` (by the reference `ref`), then says goodbye and hangs up. */
function callingFlow(name: string, ref: Record<string, string>): Flow {
  const flow = flowOf(
    'contact-center',
    [
      ['start', 'start'],
      ['call', 'callReusableFlow', { flow: { $ref: 'flow', ...ref } }],
      ['bye', 'playPrompt', { prompt: tts('Goodbye.') }],
      ['hang-up', 'end'],
    ],
    [
      ['start', 'next', 'call'],
      ['call', 'next', 'bye'],
      ['bye', 'next', 'hang-up'],
    ],
  );
  return { ...flow, id: crypto.randomUUID(), name };
}

const contact = (id: string) => ({ id, name: `Contact ${id}`, fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' } });
const opened = (id: string) => ({ event: 'conversation.opened', data: { channel: 'WhatsApp' }, subject: contact(id) });
const reply = (id: string, text: string) => ({ event: 'message.received', data: { text }, subject: contact(id) });

/**
 * Flows running on the tenant, over real HTTP, once per store: events enrol and resume runs,
 * deadlines fire through the job engine, lifecycle actions eject real enrolments, and the
 * statistics and runs listing read them back. The server's clock is the test's; the job
 * engine's is moved with it (TestServer.passJobTime), and every wait is on a condition.
 */
export function describeRuns(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  // The real time at the start: the job engine counts delays on the database's clock.
  let clock = new Date();
  let admin: string;
  let other: string;

  let callCenter: string;
  let otherCallCenter: string;

  beforeAll(async () => {
    server = await startTestServer(store, { now: () => clock });
    call = apiClient(server);
    admin = (await makeTenant(server.database.db, 'Runs tenant')).admin;
    other = (await makeTenant(server.database.db, 'Other runs tenant')).admin;
    callCenter = (await makeTenant(server.database.db, 'Call runs tenant', 'contact-center')).admin;
    otherCallCenter = (await makeTenant(server.database.db, 'Other call runs tenant', 'contact-center')).admin;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function liveFlow(name: string, token = admin, document = questionFlow(name)): Promise<FlowDetail> {
    const created = await call<FlowDetail>('POST', '/v1/flows', { token, body: { document } });
    expect(created.status).toBe(201);
    const published = await call<FlowActionResult>('POST', `/v1/flows/${created.body.id}/actions/publish`, { token, headers: { 'if-match': '"1"' } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return created.body;
  }
  const send = async (event: unknown, token = admin) => {
    const res = await call<EventResult>('POST', '/v1/events', { token, body: event });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const runsOf = async (flowId: string, token = admin) => (await call<{ runs: FlowRunSummary[] }>('GET', `/v1/flows/${flowId}/runs`, { token })).body.runs;
  const statsOf = async (flowId: string) => (await call<FlowStats>('GET', `/v1/flows/${flowId}/stats`, { token: admin })).body;
  async function passTime(seconds: number) {
    clock = new Date(clock.getTime() + seconds * 1000);
    await server.passJobTime(seconds * 1000);
  }

  it('an event enrols its subject in every live flow it starts, side by side ("Ambos flujos de trabajo se ejecutarán al mismo tiempo", conversations-workflows.es.txt)', async () => {
    const first = await liveFlow('Side by side A');
    const second = await liveFlow('Side by side B');
    const draft = (await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: questionFlow('Still a draft') } })).body;
    const result = await send(opened('side-1'));
    expect(result.enrolled.map((r) => r.flowId).sort()).toEqual([first.id, second.id].sort());
    expect(result.enrolled.map((r) => r.flowId)).not.toContain(draft.id);
    const [run] = await runsOf(first.id);
    expect(run).toMatchObject({ subjectId: 'side-1', status: 'waiting', waitingAt: 'ask', waitingFor: 'reply', nextDeadline: new Date(clock.getTime() + QUESTION_TIMEOUT_S * 1000).toISOString() });
  });

  it('a contact is not enrolled twice ("Un contacto no puede volver a entrar en un flujo de trabajo en el que está inscrito", conversations-workflows.es.txt)', async () => {
    const flow = await liveFlow('Once');
    expect((await send(opened('once-1'))).enrolled.map((r) => r.flowId)).toContain(flow.id);
    const again = await send(opened('once-1'));
    expect(again.enrolled.map((r) => r.flowId)).not.toContain(flow.id);
    expect(again.refused).toContainEqual({ flowId: flow.id, reason: 'alreadyEnrolled' });
    expect((await runsOf(flow.id)).filter((r) => r.subjectId === 'once-1')).toHaveLength(1);
    // Two events at once still make one enrolment.
    await Promise.all([send(opened('once-2')), send(opened('once-2')), send(opened('once-2'))]);
    expect((await runsOf(flow.id)).filter((r) => r.subjectId === 'once-2')).toHaveLength(1);
  });

  it("a reply resumes the contact's waiting run, and once it ended the contact may enrol again (\"El contacto tiene que salir del flujo de trabajo\", conversations-workflows.es.txt)", async () => {
    const flow = await liveFlow('Replies');
    const { enrolled } = await send(opened('reply-1'));
    const runId = enrolled.find((r) => r.flowId === flow.id)!.runId;
    const resumed = await send(reply('reply-1', '4711'));
    expect(resumed.resumed).toContainEqual({ flowId: flow.id, runId });
    expect((await runsOf(flow.id)).find((r) => r.id === runId)).toMatchObject({ status: 'ended', ended: 'completed', waitingAt: null });
    expect((await send(opened('reply-1'))).enrolled.map((r) => r.flowId)).toContain(flow.id);
  });

  it('a wait times out at its deadline through the job engine, not before', async () => {
    const flow = await liveFlow('Timeouts');
    const runOf = async (subjectId: string) => (await runsOf(flow.id)).find((r) => r.subjectId === subjectId)!;
    await send(opened('early-1'));
    await passTime(60);
    await send(opened('late-1'));
    await passTime(QUESTION_TIMEOUT_S - 60 + 10);
    // early-1's deadline has passed and late-1's has not: once the engine fired the one, it polled past the other.
    await vi.waitFor(async () => expect(await runOf('early-1')).toMatchObject({ status: 'ended', ended: 'completed' }), { timeout: 20_000, interval: 100 });
    expect(await runOf('late-1')).toMatchObject({ status: 'waiting', waitingAt: 'ask' });
    await passTime(60);
    await vi.waitFor(async () => expect(await runOf('late-1')).toMatchObject({ status: 'ended', ended: 'completed' }), { timeout: 20_000, interval: 100 });
    const stats = await statsOf(flow.id);
    expect(stats.steps.ask).toMatchObject({ entered: 2, waiting: 0, left: { timeout: 2 } });
    expect(stats.steps.bye).toMatchObject({ entered: 2, ended: 2 });
  });

  it('stopping a workflow ejects its real enrolments and publishing again does not bring them back ("No se volverán a inscribir", conversations-workflows.es.txt)', async () => {
    const flow = await liveFlow('Stop me');
    for (const id of ['stop-1', 'stop-2', 'stop-3']) await send(opened(id));
    await send(reply('stop-3', '12'));
    const stopped = await call<FlowActionResult>('POST', `/v1/flows/${flow.id}/actions/stop`, { token: admin, headers: { 'if-match': '"1"' } });
    expect(stopped.body.ejectedContacts).toBe(2);
    const runs = await runsOf(flow.id);
    expect(runs.filter((r) => r.ended === 'ejected').map((r) => r.subjectId).sort()).toEqual(['stop-1', 'stop-2']);
    expect(runs.every((r) => r.status === 'ended')).toBe(true);
    expect((await send(opened('stop-4'))).enrolled.map((r) => r.flowId)).not.toContain(flow.id);
    const republished = await call<FlowActionResult>('POST', `/v1/flows/${flow.id}/actions/publish`, { token: admin, headers: { 'if-match': '"1"' } });
    expect(republished.status).toBe(200);
    expect((await runsOf(flow.id)).filter((r) => r.status === 'waiting')).toEqual([]);
    // Their deadlines come and go without touching them.
    await passTime(QUESTION_TIMEOUT_S * 2);
    expect((await statsOf(flow.id)).steps.ask).toMatchObject({ entered: 3, waiting: 0, ended: 2, left: { answered: 1 } });
  });

  it('statistics add up: every run is waiting at one step or ended at one, and a step is entered as often as runs left towards it', async () => {
    const flow = await liveFlow('Counted');
    // The answer is the API's shape exactly, also before any run: no step, nobody enrolled.
    expect(flowStatsSchema.parse(await statsOf(flow.id))).toMatchObject({ flowId: flow.id, enrolled: 0, running: 0, steps: {} });
    for (const id of ['count-1', 'count-2', 'count-3', 'count-4']) await send(opened(id));
    await send(reply('count-1', '1'));
    await send(reply('count-2', 'not a number'));
    const stats = flowStatsSchema.parse(await statsOf(flow.id));
    expect(stats).toMatchObject({ flowId: flow.id, enrolled: 4, running: 2 });
    const steps = Object.values(stats.steps);
    expect(steps.reduce((sum, s) => sum + s.waiting, 0)).toBe(stats.running);
    expect(steps.reduce((sum, s) => sum + s.ended, 0)).toBe(stats.enrolled - stats.running);
    expect(stats.steps.opened).toEqual({ entered: 4, left: { next: 4 }, waiting: 0, ended: 0 });
    expect(stats.steps.ask).toEqual({ entered: 4, left: { answered: 1, failure: 1 }, waiting: 2, ended: 1 });
    expect(stats.steps.thanks).toEqual({ entered: 1, left: { next: 1 }, waiting: 0, ended: 1 });
  });

  it('events sent at once, as a busy channel sends them, are each answered with their own runs, and the statistics add up', async () => {
    const flow = await liveFlow('All at once');
    const subjects = Array.from({ length: 12 }, (_, index) => `together-${index}`);
    // The server writes events that arrive together in one transaction: each caller still gets its own answer.
    const openings = await Promise.all([...subjects, 'together-0'].map((id) => send(opened(id))));
    const runs = await runsOf(flow.id);
    expect(runs.map((run) => run.subjectId).sort()).toEqual([...subjects].sort());
    const runOf = new Map(runs.map((run) => [run.id, run.subjectId]));
    openings.slice(0, subjects.length).forEach((answer, index) => {
      for (const enrolled of answer.enrolled.filter((ref) => ref.flowId === flow.id)) expect(runOf.get(enrolled.runId)).toBe(subjects[index]);
    });
    // together-0 was sent twice at once: one of the two enrolled it, the other was refused.
    const twice = [openings[0]!, openings[subjects.length]!];
    expect(twice.flatMap((answer) => answer.enrolled.filter((ref) => ref.flowId === flow.id))).toHaveLength(1);
    expect(twice.flatMap((answer) => answer.refused)).toContainEqual({ flowId: flow.id, reason: 'alreadyEnrolled' });

    const replies = await Promise.all(subjects.map((id, index) => send(reply(id, index % 2 === 0 ? String(index) : 'no number'))));
    replies.forEach((answer, index) => expect(answer.resumed.filter((ref) => ref.flowId === flow.id).map((ref) => runOf.get(ref.runId))).toEqual([subjects[index]]));
    const stats = await statsOf(flow.id);
    expect(stats).toMatchObject({ enrolled: 12, running: 0 });
    expect(stats.steps.ask).toEqual({ entered: 12, left: { answered: 6, failure: 6 }, waiting: 0, ended: 6 });
  });

  it("a subject's events written in one transaction are handled in the order they came: the reply resumes the run its opening started", async () => {
    // A busy process writes the events waiting for the database together; a contact's opening and its reply can be among them.
    const flow = await liveFlow('One batch');
    const tenant = { id: (await call<{ id: string }>('GET', '/v1/tenant', { token: admin })).body.id, profile: 'conversations' as const };
    const scheduled: number[] = [];
    const jobs = { scheduleDeadlines: async (_tx: unknown, deadlines: readonly { delayMs: number }[]) => void scheduled.push(...deadlines.map((deadline) => deadline.delayMs)) };
    const batch = [opened('batched'), reply('batched', '42')].map((event) => platformEventSchema.parse(event));
    const [opening, answer] = await server.database.db.transaction((tx) => handleEvents(tx, { now: clock, jobs }, tenant, batch));
    const started = opening!.enrolled.find((ref) => ref.flowId === flow.id)!;
    expect(answer!.resumed).toContainEqual({ flowId: flow.id, runId: started.runId });
    // The question's deadline was scheduled once, when the opening made the run wait; the reply ended it.
    expect(scheduled).toContain(QUESTION_TIMEOUT_S * 1000);
    expect((await runsOf(flow.id)).find((run) => run.id === started.runId)).toMatchObject({ status: 'ended', ended: 'completed' });
  });

  it('an event leaves the answers the server keeps of the flow list as they were: events change no flow, catalog or token', async () => {
    const flow = await liveFlow('Listed before events');
    const names = async () => (await call<{ flows: { id: string; name: string }[] }>('GET', '/v1/flows', { token: admin })).body.flows.find((listed) => listed.id === flow.id)?.name;
    expect(await names()).toBe('Listed before events');
    expect(await names()).toBe('Listed before events'); // now kept
    // Renamed behind the server's back (no change notification), so a read of the database would show the new name.
    await server.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE flows SET name = 'Renamed behind the cache' WHERE id = ${flow.id}`);
    });
    await send(opened('cache-1'));
    expect(await names()).toBe('Listed before events');
  });

  it("one tenant's events never touch another's flows, runs or statistics", async () => {
    const mine = await liveFlow('Mine only');
    const theirs = await liveFlow('Theirs only', other);
    const result = await send(opened('shared-id'), other);
    expect(result.enrolled.map((r) => r.flowId)).toEqual([theirs.id]);
    expect(await runsOf(mine.id)).toEqual([]);
    expect((await call('GET', `/v1/flows/${theirs.id}/stats`, { token: admin })).status).toBe(404);
    expect((await call('GET', `/v1/flows/${theirs.id}/runs`, { token: admin })).status).toBe(404);
    expect((await send(reply('shared-id', '5'))).resumed).toEqual([]);
    expect((await runsOf(theirs.id, other))[0]).toMatchObject({ status: 'waiting' });
  });

  it("a call flow runs the reusable flow it calls, waits inside it for digits and returns to the step after the call (end.ts: control returns to the flow that called it); only the caller's own steps are counted", async () => {
    const reusable = await liveFlow('Sales menu', callCenter, reusableMenu('Sales menu'));
    const byId = await liveFlow('Calls by id', callCenter, callingFlow('Calls by id', { id: reusable.id, name: 'Sales menu' }));
    const byName = await liveFlow('Calls by name', callCenter, callingFlow('Calls by name', { name: 'Sales menu' }));
    const caller = (id: string) => ({ id, name: `Caller ${id}`, fields: {}, tags: [], call: { from: '+14155550100', to: '+14155550142' } });
    const started = await send({ event: 'call.started', subject: caller('call-1') }, callCenter);
    expect(started.enrolled.map((r) => r.flowId).sort()).toEqual([byId.id, byName.id].sort());
    // Waiting inside the called flow counts as waiting at the call step of the caller.
    for (const flow of [byId, byName]) {
      expect((await runsOf(flow.id, callCenter))[0]).toMatchObject({ status: 'waiting', waitingAt: 'call', waitingFor: 'digits' });
      expect((await call<FlowStats>('GET', `/v1/flows/${flow.id}/stats`, { token: callCenter })).body).toMatchObject({ running: 1, steps: { call: { waiting: 1 } } });
    }
    const resumed = await send({ event: 'call.digits', data: { digits: '1' }, subject: caller('call-1') }, callCenter);
    expect(resumed.resumed.map((r) => r.flowId).sort()).toEqual([byId.id, byName.id].sort());
    for (const flow of [byId, byName]) {
      expect((await runsOf(flow.id, callCenter))[0]).toMatchObject({ status: 'ended', ended: 'callEnded' });
      const stats = (await call<FlowStats>('GET', `/v1/flows/${flow.id}/stats`, { token: callCenter })).body;
      expect(stats).toMatchObject({ enrolled: 1, running: 0 });
      expect(Object.keys(stats.steps).sort()).toEqual(['bye', 'call', 'hang-up', 'start']);
      expect(stats.steps.call).toEqual({ entered: 1, left: { next: 1 }, waiting: 0, ended: 0 });
      expect(stats.steps['hang-up']).toEqual({ entered: 1, left: {}, waiting: 0, ended: 1 });
    }
    // The called flow's own statistics are its own runs': it was run for its callers, not enrolled.
    expect((await call<FlowStats>('GET', `/v1/flows/${reusable.id}/stats`, { token: callCenter })).body).toMatchObject({ enrolled: 0, running: 0, steps: {} });

    // A deadline inside the called flow is worked through the job engine too: no digit, so the menu's no-input branch ends it, and the call goes on.
    await send({ event: 'call.started', subject: caller('call-2') }, callCenter);
    await passTime(6);
    await vi.waitFor(async () => expect((await runsOf(byId.id, callCenter)).find((r) => r.subjectId === 'call-2')).toMatchObject({ status: 'ended', ended: 'callEnded' }), { timeout: 20_000, interval: 100 });
    expect((await call<FlowStats>('GET', `/v1/flows/${byId.id}/stats`, { token: callCenter })).body.steps.call).toMatchObject({ entered: 2, left: { next: 2 } });
  });

  it("a call flow never runs another tenant's flow, nor a draft: the run is ejected at the call", async () => {
    const theirs = await liveFlow('Their menu', otherCallCenter, reusableMenu('Their menu'));
    const draft = (await call<FlowDetail>('POST', '/v1/flows', { token: callCenter, body: { document: reusableMenu('Draft menu') } })).body;
    const toTheirs = await liveFlow('Calls theirs', callCenter, callingFlow('Calls theirs', { id: theirs.id, name: 'Their menu' }));
    const toDraft = await liveFlow('Calls a draft', callCenter, callingFlow('Calls a draft', { id: draft.id, name: 'Draft menu' }));
    await send({ event: 'call.started', subject: { id: 'call-3', name: 'Caller', fields: {}, tags: [], call: { from: '+14155550100', to: '+14155550142' } } }, callCenter);
    for (const flow of [toTheirs, toDraft]) expect((await runsOf(flow.id, callCenter)).find((r) => r.subjectId === 'call-3')).toMatchObject({ status: 'ended', ended: 'ejected' });
    expect(await runsOf(theirs.id, otherCallCenter)).toEqual([]);
  });

  it('an event sent again with its Idempotency-Key is handled once: the repeat answers what the first did', async () => {
    const flow = await liveFlow('Keyed events');
    const keyed = async (event: unknown, key: string) => call<EventResult>('POST', '/v1/events', { token: admin, body: event, headers: { 'idempotency-key': key } });
    const openKey = crypto.randomUUID();
    const first = await keyed(opened('keyed-1'), openKey);
    expect(first.status).toBe(200);
    expect(await keyed(opened('keyed-1'), openKey)).toMatchObject({ status: 200, body: first.body });
    const replyKey = crypto.randomUUID();
    const answered = await keyed(reply('keyed-1', '42'), replyKey);
    expect(answered.body.resumed.filter((r) => r.flowId === flow.id)).toHaveLength(1);
    // Once ended, a new conversation would enrol the contact again: the repeat of the first event must not.
    expect(await keyed(opened('keyed-1'), openKey)).toMatchObject({ status: 200, body: first.body });
    expect(await keyed(reply('keyed-1', '42'), replyKey)).toMatchObject({ status: 200, body: answered.body });
    expect((await runsOf(flow.id)).filter((r) => r.subjectId === 'keyed-1')).toHaveLength(1);
    expect((await statsOf(flow.id)).steps.thanks).toMatchObject({ entered: 1 });
    const reused = await keyed(reply('keyed-1', '43'), replyKey);
    expect(reused.status).toBe(409);
    expect(JSON.stringify(reused.body)).toMatch(/already used for a different event request/);
    expect((await keyed(opened('keyed-2'), 'has spaces')).status).toBe(400);
  });

  it('pages the runs listing newest first', async () => {
    const flow = await liveFlow('Paged');
    for (const id of ['page-1', 'page-2', 'page-3']) await send(opened(id));
    const first = (await call<{ runs: FlowRunSummary[] }>('GET', `/v1/flows/${flow.id}/runs?limit=2`, { token: admin })).body.runs;
    expect(first.map((r) => r.subjectId)).toEqual(['page-3', 'page-2']);
    const next = (await call<{ runs: FlowRunSummary[] }>('GET', `/v1/flows/${flow.id}/runs?limit=2&before=${first[1]!.seq}`, { token: admin })).body.runs;
    expect(next.map((r) => r.subjectId)).toEqual(['page-1']);
  });

  it.runIf(store === 'postgres')('two job engines on one PostgreSQL database (as two server processes have) share the deadlines, and every run times out once', async () => {
    const flow = await liveFlow('Shared work');
    const second = await createApp({ db: server.database.db, jobSql: server.database.jobSql, now: () => clock, deadlinePollingSeconds: 0.5 });
    try {
      const subjects = Array.from({ length: 12 }, (_, index) => `shared-${index}`);
      for (const id of subjects) await send(opened(id));
      await passTime(QUESTION_TIMEOUT_S + 1);
      await vi.waitFor(async () => expect((await runsOf(flow.id)).filter((r) => r.status === 'waiting')).toEqual([]), { timeout: 30_000, interval: 200 });
      const stats = await statsOf(flow.id);
      expect(stats.steps.ask).toMatchObject({ entered: 12, waiting: 0, left: { timeout: 12 } });
      expect(stats.steps.bye).toMatchObject({ entered: 12, ended: 12 });
    } finally {
      await second.close();
    }
  });

  it('a wait survives a restart: a new server process over the same database fires the deadline', async () => {
    const flow = await liveFlow('Survives');
    const runId = (await send(opened('restart-1'))).enrolled.find((r) => r.flowId === flow.id)!.runId;
    await server.app.close();
    await passTime(QUESTION_TIMEOUT_S + 1);
    const restarted = await createApp({ db: server.database.db, jobSql: server.database.jobSql, now: () => clock, deadlinePollingSeconds: 0.5 });
    try {
      const url = await restarted.listen({ host: '127.0.0.1', port: 0 });
      const read = async () => {
        const res = await fetch(`${url}/v1/flows/${flow.id}/runs`, { headers: { authorization: `Bearer ${admin}` } });
        return ((await res.json()) as { runs: FlowRunSummary[] }).runs.find((r) => r.id === runId);
      };
      await vi.waitFor(async () => expect(await read()).toMatchObject({ status: 'ended', ended: 'completed' }), { timeout: 20_000, interval: 100 });
    } finally {
      await restarted.close();
    }
  });
}
