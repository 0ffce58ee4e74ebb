// `npm run bench`: the tenant API under load. Catalog and flow-list GETs from 50 concurrent
// connections on loopback (autocannon, a fixed number of requests each), against a tenant
// with seed-demo's catalog and 100 flows; target p99 ≤ 20 ms. Runs against PGlite (a data
// folder, as `serve` uses) and against PostgreSQL when FLOWPACK_TEST_DATABASE_URL is set.
// Figures go to docs/BENCHMARKS.md ("Tenant API").
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serverCpuMs, startServerProcess, stopServerProcess } from './server-process';

const CONNECTIONS = 50;
const WARMUP_REQUESTS = 2_000;
const REQUESTS = 20_000;
const P99_TARGET_MS = 20;
const ROUTES = [
  { label: 'GET /v1/catalog', path: '/v1/catalog' },
  { label: 'GET /v1/flows', path: '/v1/flows' },
  { label: 'GET /v1/flows?text=routing', path: '/v1/flows?text=routing' },
];

async function load(url: string, token: string, amount: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, amount, headers: { authorization: `Bearer ${token}` } });
  // A wrong answer is a broken benchmark; a few requests past autocannon's 10 s timeout on an overloaded machine are a figure (the "failed" column).
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} of ${amount} requests were answered with an error status`);
  return { ...result, failed: result.errors + result.timeouts };
}

async function measure(store: string, args: string[]): Promise<boolean> {
  const script = fileURLToPath(new URL('./tenant-api/bench-server.ts', import.meta.url));
  const { child, info } = await startServerProcess<{ url: string; token: string; flows: number; entities: number }>(script, args);
  let met = true;
  try {
    console.log(`\n${store}: ${info.flows} flows, ${info.entities} catalog entities\n`);
    console.log('| request | requests/s | p50 (ms) | p99 (ms) | max (ms) | server CPU per request (ms) | body (KB) | failed | target p99 | |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const route of ROUTES) {
      await load(info.url + route.path, info.token, WARMUP_REQUESTS);
      const cpuBefore = serverCpuMs(child.pid!);
      const r = await load(info.url + route.path, info.token, REQUESTS);
      const cpuPerRequest = (serverCpuMs(child.pid!) - cpuBefore) / r.requests.total;
      const ok = r.latency.p99 <= P99_TARGET_MS && r.failed === 0;
      met &&= ok;
      const kb = r.throughput.total / r.requests.total / 1024;
      console.log(`| ${route.label} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${cpuPerRequest.toFixed(2)} | ${kb.toFixed(1)} | ${r.failed} | ≤ ${P99_TARGET_MS} ms | ${ok ? 'met' : 'MISSED'} |`);
    }
  } finally {
    await stopServerProcess(child);
  }
  return met;
}

const databaseUrl = process.env.FLOWPACK_TEST_DATABASE_URL?.trim();
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; ${CONNECTIONS} connections, ${REQUESTS.toLocaleString('en')} requests per row after ${WARMUP_REQUESTS.toLocaleString('en')} to warm up`);
const results = [await measure('PGlite (data folder)', ['pglite'])];
if (databaseUrl) results.push(await measure('PostgreSQL', ['postgres', databaseUrl]));
else console.log('\nPostgreSQL: skipped (set FLOWPACK_TEST_DATABASE_URL to a server; .ci/run shows how to start one)');
if (results.includes(false)) process.exitCode = 1;
