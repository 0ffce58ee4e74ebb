import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { Subject } from '../../shared/catalog/behaviour';
import { canonicalStringify } from '../../shared/format/canonical-json';
import type { Flow } from '../../shared/format/flow-schema';
import type { RunState } from '../../shared/runtime/run-state';
import { Runner } from '../../shared/runtime/runner';
import { flowOf } from '../../shared/runtime/test-support/flow-of';
import type { EventResult } from '../../shared/tenant-api/runs';
import { HANG_GUARD_MS } from '../../test/hang-guard';
import { PAUSE_DEADLINE_VARIABLE, PAUSE_EVENT_ANSWER_VARIABLE, PAUSED_DEADLINE_MARKER, PAUSED_EVENT_MARKER } from '../api/server-hooks';
import { countDeltas } from '../runs/flow-runs';
import { DEADLINE_EXPIRY_VARIABLE, DEADLINE_POLLING_VARIABLE, DEADLINE_QUEUE, JOB_SCHEMA } from '../runs/job-engine';
import { createTenantWithCommand, spawnServer, withSpawnStore } from './spawned-server';
import type { SpawnedServer } from './spawned-server';
import { TEST_DATABASE_URL } from './test-server';

/*
 * Two real `flowpack-tenant serve` processes on one PostgreSQL database, one killed with SIGKILL
 * while events flow to both and deadline jobs are being worked: no event lost, no step's effect
 * recorded twice, every waiting caller still waiting with its deadline.
 */

const tts = (text: string) => ({ source: 'tts', text });

/**
 * A call flow: a first menu that waits a minute per attempt (longer than the test: callers who
 * press nothing stay waiting), then a second menu that waits one second, twice, before its
 * no-input branch says goodbye (short deadlines: jobs fall due and are worked all through the load).
 */
function faultFlow(): Flow {
  const menu = (timeout: number, attempts: number) => ({
    prompt: tts(`Menu of ${timeout} s`),
    options: [{ id: 'pressed', digit: '1', label: 'One' }],
    inputTimeoutSeconds: timeout,
    maxAttempts: attempts,
  });
  const flow = flowOf(
    'contact-center',
    [
      ['start', 'start'],
      ['first', 'menu', menu(60, 9)],
      ['second', 'menu', menu(1, 2)],
      ['thanks', 'playPrompt', { prompt: tts('Thanks.') }],
      ['bye', 'playPrompt', { prompt: tts('Goodbye.') }],
      ['hang-up', 'end'],
    ],
    [
      ['start', 'next', 'first'],
      ['first', 'pressed', 'second'],
      ['second', 'pressed', 'thanks'],
      ['second', 'noInput', 'bye'],
      ['thanks', 'next', 'hang-up'],
      ['bye', 'next', 'hang-up'],
    ],
  );
  return { ...flow, id: randomUUID(), name: 'Fault line' };
}

const caller = (id: string): Subject => ({ id, name: `Caller ${id}`, fields: {}, tags: [], call: { from: '+14155550100', to: '+14155550142' } });
const callStarted = (id: string) => ({ event: 'call.started', subject: caller(id) });
const pressed = (id: string) => ({ event: 'call.digits', data: { digits: '1' }, subject: caller(id) });

/** What a test compares of a run: the steps and ports of its path, and its effects, without times (and keys in one order: the store's JSON keeps its own). */
function trace(state: RunState) {
  return {
    path: state.path.map((step) => `${step.nodeId}:${step.port ?? ''}`),
    effects: state.effects.map((effect) => `${effect.kind}@${effect.nodeId} ${canonicalStringify(effect.detail ?? {})}`),
  };
}

/** A client that sends each event with its own Idempotency-Key and, when no answer comes (the process died), sends it again to the other. */
class EventClient {
  readonly answered = new Map<string, EventResult>();
  /** The events sent again after getting no answer. */
  readonly unanswered = new Set<string>();
  killed: SpawnedServer | undefined;

  constructor(
    private readonly servers: readonly SpawnedServer[],
    private readonly token: string,
  ) {}

  async send(name: string, event: unknown, preferred: number): Promise<EventResult> {
    const key = randomUUID();
    for (let attempt = 0; ; attempt += 1) {
      let server = this.servers[(preferred + attempt) % this.servers.length]!;
      if (server === this.killed) server = this.servers.find((candidate) => candidate !== this.killed)!;
      const answer = await fetch(`${server.url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(event),
      }).catch((error: unknown) => error as Error);
      if (answer instanceof Error) {
        if (attempt > 10) throw answer;
        this.unanswered.add(name);
        continue;
      }
      const body = (await answer.json()) as EventResult;
      expect(answer.status, `${name}: ${JSON.stringify(body)}`).toBe(200);
      this.answered.set(name, body);
      return body;
    }
  }
}

describe('flows running on two server processes over one PostgreSQL database, one of them killed', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    `loses no event, records no step twice, and keeps every waiting run with its deadline${TEST_DATABASE_URL ? '' : ' (skipped: FLOWPACK_TEST_DATABASE_URL is not set)'}`,
    () =>
      withSpawnStore('postgres', async (store) => {
        const databaseUrl = 'databaseUrl' in store ? store.databaseUrl : '';
        const { token } = await createTenantWithCommand(store, 'Fault tenant', 'contact-center');
        // Short expiry: a deadline abandoned by the killed process is retried by the other within seconds.
        const jobSettings = { [DEADLINE_EXPIRY_VARIABLE]: '2', [DEADLINE_POLLING_VARIABLE]: '0.5' };
        // The first process stops inside the first deadline it works, after the run's writes, before
        // its commit; and it commits the digits of one caller but never answers them, as a process
        // dying between its commit and its answer does: the client must send them again.
        const unansweredCaller = 'caller-5';
        const doomed = await spawnServer(store, { ...jobSettings, [PAUSE_DEADLINE_VARIABLE]: '1', [PAUSE_EVENT_ANSWER_VARIABLE]: unansweredCaller });
        const survivor = await spawnServer(store, jobSettings);
        const db = new pg.Client({ connectionString: databaseUrl });
        await db.connect();
        try {
          const flow = faultFlow();
          const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
          const created = await fetch(`${survivor.url}/v1/flows`, { method: 'POST', headers: auth, body: JSON.stringify({ document: flow }) });
          expect(created.status, await created.clone().text()).toBe(201);
          const published = await fetch(`${survivor.url}/v1/flows/${flow.id}/actions/publish`, { method: 'POST', headers: { authorization: auth.authorization, 'if-match': '"1"' } });
          expect(published.status, await published.clone().text()).toBe(200);

          // Callers in turn: two in three press 1 at the first menu (then time out twice at the second), one in three presses nothing.
          const client = new EventClient([doomed, survivor], token);
          const pressing = (index: number) => index % 3 !== 0;
          let next = 0;
          let sentAfterKill = 0;
          const kill: { at?: number } = {};
          const callers: string[] = [];
          const worker = async () => {
            // The load goes on until the kill and for a while after it, on the process left.
            while (kill.at === undefined ? next < 5000 : sentAfterKill < 60) {
              const index = next++;
              if (kill.at !== undefined) sentAfterKill += 1;
              const id = `caller-${index}`;
              callers.push(id);
              // Each caller's call starts on one process and its digits go to the other (caller-5's to the first).
              await client.send(`${id} started`, callStarted(id), index);
              if (pressing(index)) await client.send(`${id} pressed`, pressed(id), index + 1);
            }
          };
          const load = Promise.all(Array.from({ length: 8 }, () => worker()));

          const [[, pausedRunId]] = await Promise.all([doomed.waitFor(new RegExp(`${PAUSED_DEADLINE_MARKER} \\(([0-9a-f-]+)\\)`)), doomed.waitFor(new RegExp(PAUSED_EVENT_MARKER))]);
          await doomed.kill('SIGKILL');
          client.killed = doomed;
          kill.at = next;
          await load;
          expect(kill.at, 'the process was killed while the load ran').toBeLessThan(5000);
          expect(client.unanswered).toContain(`${unansweredCaller} pressed`);

          // Every deadline that fell due is worked by the process left, the abandoned one included, once its job expired.
          const runsOf = async () =>
            (await db.query<{ id: string; subject_id: string; status: string; waiting_node: string | null; next_deadline: Date | null; version: number; state: RunState; started_at: Date }>(
              'SELECT id, subject_id, status, waiting_node, next_deadline, version, state, started_at FROM flow_runs WHERE flow_id = $1',
              [flow.id],
            )).rows;
          await vi.waitFor(async () => expect((await runsOf()).filter((run) => run.waiting_node === 'second')).toEqual([]), { timeout: HANG_GUARD_MS, interval: 250 });
          const runs = await runsOf();

          // No event lost: every event answered has its run, and every caller exactly one run.
          expect(runs.map((run) => run.subject_id).sort()).toEqual([...callers].sort());
          for (const id of callers) {
            const run = runs.find((candidate) => candidate.subject_id === id)!;
            expect(client.answered.get(`${id} started`)!.enrolled).toEqual([{ flowId: flow.id, runId: run.id }]);
            if (pressing(Number(id.split('-')[1]))) expect(client.answered.get(`${id} pressed`)!.resumed).toEqual([{ flowId: flow.id, runId: run.id }]);
          }
          expect(runs.find((run) => run.id === pausedRunId)?.status).toBe('ended');

          // No step's effect recorded twice: each run is what the shared runtime makes of the events its caller sent, once each.
          const runner = new Runner(flow);
          for (const run of runs) {
            const started = runner.start({ subject: caller(run.subject_id), now: run.started_at.getTime(), event: callStarted(run.subject_id) })!;
            const expected = pressing(Number(run.subject_id.split('-')[1]))
              ? runner.passTime(runner.resume(started, { kind: 'digits', digits: '1' }), started.now + 60_000)
              : runner.passTime(started, run.state.now);
            expect(trace(run.state), run.subject_id).toEqual(trace(expected));
          }

          // The counters are the runs' paths, counted once, and the runs waiting at each step now (a
          // counter that went back to zero counts nothing).
          const counted = new Map<string, number>([['\u0000enrolled', runs.length]]);
          for (const run of runs) for (const delta of countDeltas(undefined, run.state)) counted.set(`${delta.nodeId}\u0000${delta.measure}`, (counted.get(`${delta.nodeId}\u0000${delta.measure}`) ?? 0) + delta.count);
          const stored = (await db.query<{ node_id: string; measure: string; count: string }>('SELECT node_id, measure, count FROM flow_step_counts WHERE flow_id = $1', [flow.id])).rows;
          expect(new Map(stored.filter((row) => Number(row.count) !== 0).map((row) => [`${row.node_id}\u0000${row.measure}`, Number(row.count)]))).toEqual(counted);

          // Every caller still waiting waits at the first menu with its deadline, and a job of that run's version is pending for it.
          const waiting = runs.filter((run) => run.status === 'waiting');
          expect(waiting.length).toBe(callers.filter((id) => !pressing(Number(id.split('-')[1]))).length);
          const jobs = (await db.query<{ run_id: string; version: number; start_after: Date }>(
            `SELECT data->>'runId' AS run_id, (data->>'version')::int AS version, start_after FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
            [DEADLINE_QUEUE],
          )).rows;
          for (const run of waiting) {
            expect(run.waiting_node).toBe('first');
            expect(run.next_deadline?.getTime()).toBe(run.state.waiting?.deadline);
            const job = jobs.find((candidate) => candidate.run_id === run.id && candidate.version === run.version);
            expect(job, `the deadline job of ${run.subject_id}`).toBeDefined();
            // Due when the run's deadline is (the job counts its delay on the database's clock, the same machine's here).
            expect(Math.abs(job!.start_after.getTime() - run.next_deadline!.getTime())).toBeLessThan(5_000);
          }
        } finally {
          await db.end();
          await Promise.all([doomed.kill('SIGKILL'), survivor.kill('SIGTERM')]);
        }
      }),
  );
});
