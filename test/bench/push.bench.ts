// `npm run bench`: pushing a 100-flow pack to a local tenant server: the server's
// dry-run (target ≤ 1 s) and apply (target ≤ 2 s), medians of RUNS requests after one to
// warm up, measured from the client over loopback HTTP (request, server work, answer).
// Against a PGlite data folder, and against PostgreSQL when FLOWPACK_TEST_DATABASE_URL is
// set (in a database of its own). Figures go to docs/BENCHMARKS.md ("Pushing a pack").
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Flow } from '../../shared/format/flow-schema';
import { deployPack } from '../../shared/pack/deploy-pack';
import { exportPack } from '../../shared/pack/export/export-pack';
import { serializePack } from '../../shared/pack/export/serialize-pack';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { PROGRESS_STREAM_ACCEPT } from '../../shared/tenant-api/progress-stream';
import { generateFlow } from './generate-flow';
import { startServerProcess, stopServerProcess } from './server-process';

const FLOWS = 100;
const NODES_PER_FLOW = 40;
const RUNS = 7;
// A deploy (workspace flows pushed as they are) updating the 100 flows the warm-up created: the
// tenant also reads each flow's current document to keep what it holds. Same targets.
const TARGETS_MS = { 'dry-run': 1_000, apply: 2_000, 'apply, following progress': 2_000, 'deploy dry-run (100 updates)': 1_000, 'deploy apply (100 updates)': 2_000 } as const;
type Mode = keyof typeof TARGETS_MS;

const uuidFor = (index: number) => `7a2e3d4c-5b6f-4071-8b8c-${index.toString(16).padStart(12, '0')}`;

const benchFlows = (): Flow[] => Array.from({ length: FLOWS }, (_, index) => ({ ...generateFlow(NODES_PER_FLOW), id: uuidFor(index), name: `Workflow ${index + 1}` }));

/** The pack: 100 conversations workflows of 40 steps, exported as `flowpack export` would. */
function benchPack(): Record<string, unknown> {
  const { pack } = exportPack(benchFlows(), { name: 'Benchmark pack', generator: 'flowpack-bench' });
  if (!pack) throw new Error('the benchmark pack did not export');
  return JSON.parse(serializePack(pack)) as Record<string, unknown>;
}

/** The same 100 flows as a push from the workspace sends them: as they are, unsanitised. */
function benchDeploy(): Record<string, unknown> {
  const { pack } = deployPack(benchFlows(), { name: 'Benchmark push', generator: 'flowpack-bench' });
  if (!pack) throw new Error('the benchmark push did not pack');
  return JSON.parse(serializePack(pack)) as Record<string, unknown>;
}

/** Where the push benchmark's server listens, and one token per tenant it made. */
interface PushServer {
  url: string;
  tokens: string[];
}

const SERVER_SCRIPT = fileURLToPath(new URL('./push/push-bench-server.ts', import.meta.url));

/**
 * One import request; the milliseconds from sending it to having its whole answer. Following
 * progress, as the desktop app and the CLI do, the answer is a progress stream whose last line
 * holds the report; `firstProgressMs` is when its first report arrived.
 */
async function timedImport(url: string, token: string, body: string, followProgress = false): Promise<{ ms: number; firstProgressMs?: number; report: ImportReport }> {
  const started = performance.now();
  const res = await fetch(`${url}/v1/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...(followProgress ? { accept: PROGRESS_STREAM_ACCEPT } : {}) },
    body,
  });
  let firstProgressMs: number | undefined;
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body!) {
    firstProgressMs ??= performance.now() - started;
    text += decoder.decode(chunk, { stream: true });
  }
  const ms = performance.now() - started;
  if (res.status !== 201) throw new Error(`POST /v1/imports answered ${res.status}: ${text.slice(0, 500)}`);
  if (!followProgress) return { ms, report: JSON.parse(text) as ImportReport };
  const last = JSON.parse(text.trim().split('\n').at(-1)!) as { type: string; result: ImportReport };
  if (last.type !== 'result') throw new Error(`the progress stream ended with ${JSON.stringify(last).slice(0, 500)}`);
  return { ms, firstProgressMs, report: last.result };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(store: string, args: string[], pack: Record<string, unknown>, deploy: Record<string, unknown>): Promise<boolean> {
  const { child, info: server } = await startServerProcess<PushServer>(SERVER_SCRIPT, args);
  let met = true;
  try {
    const [first, ...fresh] = server.tokens;
    const bodies = { 'dry-run': JSON.stringify({ mode: 'dry-run', pack }), apply: JSON.stringify({ mode: 'apply', pack }) };
    const deployBodies = {
      'dry-run': JSON.stringify({ mode: 'dry-run', pack: deploy, purpose: 'deploy' }),
      apply: JSON.stringify({ mode: 'apply', pack: deploy, purpose: 'deploy' }),
    };
    const times: Record<Mode, number[]> = { 'dry-run': [], apply: [], 'apply, following progress': [], 'deploy dry-run (100 updates)': [], 'deploy apply (100 updates)': [] };
    const firstProgress: number[] = [];
    // One of each to warm up (module loading, JIT, the store's caches), not counted.
    await timedImport(server.url, first!, bodies['dry-run']);
    await timedImport(server.url, first!, bodies.apply);
    let sample: ImportReport | undefined;
    for (let run = 0; run < RUNS; run++) {
      times['dry-run'].push((await timedImport(server.url, first!, bodies['dry-run'])).ms);
      const applied = await timedImport(server.url, fresh[2 * run]!, bodies.apply);
      times.apply.push(applied.ms);
      sample = applied.report;
      const followed = await timedImport(server.url, fresh[2 * run + 1]!, bodies.apply, true);
      times['apply, following progress'].push(followed.ms);
      firstProgress.push(followed.firstProgressMs!);
      // The first tenant holds the warm-up's 100 flows: each deploy updates all of them.
      times['deploy dry-run (100 updates)'].push((await timedImport(server.url, first!, deployBodies['dry-run'])).ms);
      const deployed = await timedImport(server.url, first!, deployBodies.apply);
      if (deployed.report.summary.actions.update !== FLOWS) throw new Error(`the deploy updated ${deployed.report.summary.actions.update} flows, not ${FLOWS}`);
      times['deploy apply (100 updates)'].push(deployed.ms);
    }
    const refs = sample!.summary.references;
    console.log(`\n${store}: ${(bodies.apply.length / 1024 / 1024).toFixed(2)} MB request; each apply creates ${sample!.summary.actions.create} flows and ${sample!.created.length} entities (references: ${refs.linked} linked, ${refs.reused} reused, ${refs.created} created, ${refs.removed} removed)\n`);
    console.log('| request | median (ms) | min (ms) | max (ms) | target | |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const mode of Object.keys(TARGETS_MS) as Mode[]) {
      const ok = median(times[mode]) <= TARGETS_MS[mode];
      met &&= ok;
      const fmt = (ms: number) => ms.toFixed(0);
      console.log(`| ${mode} | ${fmt(median(times[mode]))} | ${fmt(Math.min(...times[mode]))} | ${fmt(Math.max(...times[mode]))} | ≤ ${TARGETS_MS[mode].toLocaleString('en')} ms | ${ok ? 'met' : 'MISSED'} |`);
    }
    console.log(`\nFollowing progress, the first report (the apply has started writing) arrived after ${median(firstProgress).toFixed(0)} ms (median).`);
  } finally {
    await stopServerProcess(child);
  }
  return met;
}

/** A database of its own on the PostgreSQL server, dropped afterwards. */
async function withDatabase<T>(serverUrl: string, body: (url: string) => Promise<T>): Promise<T> {
  const name = `flowpack_bench_push_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await body(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

const pack = benchPack();
const deploy = benchDeploy();
const tenants = String(2 * RUNS + 1);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; ${FLOWS} flows of ${NODES_PER_FLOW} steps, ${RUNS} runs per row after one to warm up`);
const results = [await measure('PGlite (data folder)', ['pglite', tenants], pack, deploy)];
const databaseUrl = process.env.FLOWPACK_TEST_DATABASE_URL?.trim();
if (databaseUrl) results.push(await withDatabase(databaseUrl, (url) => measure('PostgreSQL', ['postgres', url, tenants], pack, deploy)));
else console.log('\nPostgreSQL: skipped (set FLOWPACK_TEST_DATABASE_URL to a server; .ci/run shows how to start one)');
if (results.includes(false)) process.exitCode = 1;
