// `npm run bench`: flows running on the tenant, on PostgreSQL (docs/BENCHMARKS.md, "Tenant runs").
// Needs FLOWPACK_TEST_DATABASE_URL (.ci/run shows how to start a server); skipped without it.
//
// A fresh database with one conversations tenant: 43 live flows (40 of 40 steps and a 1,000-step
// one that a tag starts, a month-long "nurture" flow, and the entry flow that
// `conversation.opened` starts: welcome message, then a question that waits 7 days). Every event
// is `conversation.opened` for a new contact, so each one enrols it in the entry flow.
//
// "Event accepted to first step run": from the client sending `POST /v1/events` to its answer.
// The server answers after the transaction that stores the run has committed, with the run's
// first steps done (the trigger, the welcome message recorded, the question waiting with its
// deadline job written), so the figure is an upper bound: it includes loopback and HTTP.
//
// 1. Events on ONE server process and on TWO (two processes over the database, each loaded by
//    its own client): at most (closed loop, CONNECTIONS per process, as fast as answered) and at
//    the target rate (500 events/s per process, open loop: autocannon corrects for coordinated
//    omission), with p50/p99, and the server processes' CPU per event.
// 2. The same with 100,000 contacts waiting on timers a month away (run rows and deadline jobs).
// 3. `GET /v1/flows/{id}/stats` of the 1,000-step flow (20,000 runs' counters, 5,000 waiting):
//    one request at a time, quiet and while the other process takes events at the target rate.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../../server/store/database';
import { serverCpuMs, startServerProcess, stopServerProcess } from './server-process';
import type { ChildProcess } from 'node:child_process';
import { addWaitingContacts, prepareRunsTenant, STATS_FLOW_STEPS } from './tenant-runs/runs-tenant';
import type { RunsTenant } from './tenant-runs/runs-tenant';

const CONNECTIONS = 16;
const WARMUP_EVENTS = 500;
// BENCH_EVENTS and BENCH_TIMERS make a shorter run while working on it; the figures use the defaults.
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const TARGET_RATE = 500;
const P99_TARGET_MS = 100;
const STATS_REQUESTS = 1_000;
const STATS_P99_TARGET_MS = 20;
const TIMERS = Number(process.env.BENCH_TIMERS ?? 100_000);

const script = fileURLToPath(new URL('./tenant-runs/runs-server.ts', import.meta.url));
type Server = { child: ChildProcess; url: string };

async function startServers(databaseUrl: string, count: number): Promise<Server[]> {
  const servers: Server[] = [];
  for (let index = 0; index < count; index++) {
    const { child, info } = await startServerProcess<{ url: string }>(script, [databaseUrl]);
    servers.push({ child, url: info.url });
  }
  return servers;
}

const stopServers = (servers: Server[]) => Promise.all(servers.map((server) => stopServerProcess(server.child)));

let contacts = 0;

/** `amount` events to one server, each for a new contact. */
async function events(server: Server, tenant: RunsTenant, amount: number, rate?: number) {
  const event = (id: string) => ({ event: 'conversation.opened', data: { channel: 'WhatsApp' }, subject: { id, name: 'Ana Souza', fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' } } });
  // autocannon notices that it has sent its amount only at its next sample tick (once a second),
  // so its own finish time rounds every run up to whole seconds: the rate is taken from the last answer instead.
  let lastAnswerAt = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = {
      url: server.url,
      connections: CONNECTIONS,
      amount,
      ...(rate === undefined ? {} : { overallRate: rate }),
      headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/json' },
      requests: [{ method: 'POST', path: '/v1/events', setupRequest: (request) => ({ ...request, body: JSON.stringify(event(`contact-${(contacts += 1)}`)) }) }],
    };
    const run = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
    run.on('response', () => (lastAnswerAt = performance.now()));
  });
  if (result.non2xx > 0) throw new Error(`${server.url}: ${result.non2xx} of ${amount} events were answered with an error status`);
  return { ...result, failed: result.errors + result.timeouts, lastAnswerAt };
}

interface Row {
  label: string;
  eventsPerSecond: number;
  perProcess: number;
  p50: number;
  p99: number;
  cpuPerEvent: number;
  failed: number;
  load: number;
}

/** One load on every server at once; events/s counts every server's answers, from the start to the last answer of any. */
async function load(servers: Server[], tenant: RunsTenant, label: string, rate?: number): Promise<Row> {
  const cpuBefore = servers.map((server) => serverCpuMs(server.child.pid!));
  const started = performance.now();
  const results = await Promise.all(servers.map((server) => events(server, tenant, EVENTS, rate)));
  const seconds = (Math.max(...results.map((result) => result.lastAnswerAt)) - started) / 1000;
  const cpu = servers.reduce((sum, server, index) => sum + serverCpuMs(server.child.pid!) - cpuBefore[index]!, 0);
  const total = results.reduce((sum, result) => sum + result.requests.total, 0);
  return {
    label,
    eventsPerSecond: total / seconds,
    perProcess: total / seconds / servers.length,
    // Worst of the processes: each figure is one client's view of one process.
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    cpuPerEvent: cpu / total,
    failed: results.reduce((sum, result) => sum + result.failed, 0),
    load: loadavg()[0]!,
  };
}

async function eventRows(databaseUrl: string, tenant: RunsTenant, timers: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const processes of [1, 2]) {
    const servers = await startServers(databaseUrl, processes);
    try {
      await Promise.all(servers.map((server) => events(server, tenant, WARMUP_EVENTS)));
      const name = `${processes} process${processes === 1 ? '' : 'es'}, ${timers}`;
      rows.push(await load(servers, tenant, `${name}, at most`));
      rows.push(await load(servers, tenant, `${name}, at ${TARGET_RATE}/s per process`, TARGET_RATE));
    } finally {
      await stopServers(servers);
    }
  }
  return rows;
}

function printEventRows(rows: Row[]): boolean {
  console.log('| load | events/s | per process | p50 (ms) | p99 (ms) | server CPU per event (ms) | failed | load average | target |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  let met = true;
  for (const row of rows) {
    const atRate = row.label.includes('/s per process');
    // At the target rate: all of it taken, p99 within the target; at most: 500/s per process reached.
    const ok = row.failed === 0 && (atRate ? row.perProcess >= TARGET_RATE * 0.95 && row.p99 <= P99_TARGET_MS : row.perProcess >= TARGET_RATE);
    met &&= ok;
    const target = atRate ? `p99 ≤ ${P99_TARGET_MS} ms` : `≥ ${TARGET_RATE}/s per process`;
    console.log(
      `| ${row.label} | ${Math.round(row.eventsPerSecond)} | ${Math.round(row.perProcess)} | ${row.p50} | ${row.p99} | ${row.cpuPerEvent.toFixed(2)} | ${row.failed} | ${row.load.toFixed(1)} | ${target}: ${ok ? 'met' : 'MISSED'} |`,
    );
  }
  return met;
}

/** The stats of the 1,000-step flow, one request at a time; with `busy`, while that server takes events at the target rate. */
async function statsRow(stats: Server, tenant: RunsTenant, label: string, busy?: Server): Promise<boolean> {
  const url = `${stats.url}/v1/flows/${tenant.statsFlowId}/stats`;
  const headers = { authorization: `Bearer ${tenant.token}` };
  await autocannon({ url, connections: 1, amount: 50, headers });
  const background = busy ? events(busy, tenant, EVENTS, TARGET_RATE) : undefined;
  const cpuBefore = serverCpuMs(stats.child.pid!);
  const result = await autocannon({ url, connections: 1, amount: STATS_REQUESTS, headers });
  const cpuPerRequest = (serverCpuMs(stats.child.pid!) - cpuBefore) / result.requests.total;
  const load = loadavg()[0]!;
  await background;
  const ok = result.non2xx === 0 && result.latency.p99 <= STATS_P99_TARGET_MS;
  const kb = result.throughput.total / result.requests.total / 1024;
  console.log(`| ${label} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${cpuPerRequest.toFixed(2)} | ${kb.toFixed(0)} | ${load.toFixed(1)} | p99 ≤ ${STATS_P99_TARGET_MS} ms: ${ok ? 'met' : 'MISSED'} |`);
  return ok;
}

async function measure(adminUrl: string): Promise<boolean> {
  const name = `flowpack_bench_runs_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const database = await openDatabase({ databaseUrl });
  let met = true;
  try {
    const tenant = await prepareRunsTenant(database);
    console.log(`\nEvents (conversation.opened, each a new contact enrolled in the entry flow; ${CONNECTIONS} connections per process; ${EVENTS.toLocaleString('en')} events per process per row)\n`);
    const quiet = await eventRows(databaseUrl, tenant, 'no timers');
    const started = performance.now();
    await addWaitingContacts(database, tenant, TIMERS);
    console.error(`(${TIMERS.toLocaleString('en')} waiting contacts written in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const timed = await eventRows(databaseUrl, tenant, `${TIMERS.toLocaleString('en')} timers`);
    met &&= printEventRows(quiet.flatMap((row, index) => [row, timed[index]!]));
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(timed.map((row, index) => row.cpuPerEvent / quiet[index]!.cpuPerEvent));
    console.log(`\nWith ${TIMERS.toLocaleString('en')} timers / without, server CPU per event (median of the rows): ${ratio.toFixed(2)}×`);

    console.log(`\nStatistics of the ${STATS_FLOW_STEPS.toLocaleString('en')}-step flow, one request at a time (${STATS_REQUESTS.toLocaleString('en')} requests)\n`);
    console.log('| when | p50 (ms) | p99 (ms) | max (ms) | server CPU per request (ms) | body (KB) | load average | target |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    const [stats, busy] = await startServers(databaseUrl, 2);
    try {
      met = (await statsRow(stats!, tenant, 'quiet')) && met;
      met = (await statsRow(stats!, tenant, `while the other process takes ${TARGET_RATE} events/s`, busy)) && met;
    } finally {
      await stopServers([stats!, busy!]);
    }
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
  return met;
}

const adminUrl = process.env.FLOWPACK_TEST_DATABASE_URL?.trim();
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, load average ${loadavg()[0]!.toFixed(1)}`);
if (!adminUrl) console.log('\nTenant runs on PostgreSQL: skipped (set FLOWPACK_TEST_DATABASE_URL to a server; .ci/run shows how to start one)');
else if (!(await measure(adminUrl))) process.exitCode = 1;
