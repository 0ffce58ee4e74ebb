import { afterAll, beforeAll, expect, it } from 'vitest';
import { flowStatsSchema } from '../../shared/tenant-api/flow-stats';
import type { FlowStats } from '../../shared/tenant-api/flow-stats';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { addCounts, readFlowStats } from '../store/run-store';
import { apiClient } from './api-client';
import { enrolWaitingRuns } from './run-fixtures';
import { startTestServer } from './test-server';
import type { TestServer } from './test-server';
import { makeTenant, validFlow } from './tenant-fixtures';

const STEPS = 1000;
const WAITING = 5000;

/**
 * The live view reads a flow's statistics often: for a 1,000-step flow with thousands of runs they
 * are the step counters (the runs waiting at each step among them), not a count or scan of the runs.
 */
let server: TestServer;
let admin: string;
let flow: FlowDetail;

beforeAll(async () => {
  server = await startTestServer('pglite');
  const made = await makeTenant(server.database.db, 'Stats cost');
  admin = made.admin;
  flow = (await apiClient(server)<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: validFlow('Big flow') } })).body;
  const nodes = Array.from({ length: STEPS }, (_, index) => `step-${index}`);
  // Counters as 20,000 runs through every step would leave them, written in batches as runs would.
  for (let start = 0; start < STEPS; start += 100) {
    const deltas = nodes.slice(start, start + 100).flatMap((nodeId) => [
      { nodeId, measure: 'entered', count: 20_000 },
      { nodeId, measure: 'left:next', count: 19_000 },
      { nodeId, measure: 'left:failure', count: 500 },
      { nodeId, measure: 'ended', count: 5 },
    ]);
    await addCounts(server.database.db, made.tenant.id, deltas.map((delta) => ({ flowId: flow.id, ...delta })));
  }
  for (let index = 0; index < 10; index++) await enrolWaitingRuns(server.database.db, made.tenant.id, flow.id, WAITING / 10, nodes[index * 97], `batch-${index}`);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** p50 and p99 of `samples` timed calls, after a few to warm up. */
async function timed(samples: number, call: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let warm = 0; warm < 5; warm++) await call();
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(samples / 2) - 1]!, p99: times[Math.ceil(samples * 0.99) - 1]! };
}

it('answers the statistics of a 1,000-step flow with thousands of runs, every step counted', async () => {
  const stats = flowStatsSchema.parse((await apiClient(server)<FlowStats>('GET', `/v1/flows/${flow.id}/stats`, { token: admin })).body);
  expect(Object.keys(stats.steps)).toHaveLength(STEPS);
  expect(stats.running).toBe(WAITING);
  expect(stats.steps['step-0']).toEqual({ entered: 20_000, left: { next: 19_000, failure: 500 }, waiting: WAITING / 10, ended: 5 });
});

it('reads them in a few milliseconds: one statement of indexed reads, whatever the flow has run', async () => {
  const { tenantId } = { tenantId: (await apiClient(server)<{ id: string }>('GET', '/v1/tenant', { token: admin })).body.id };
  const db = server.database.db;
  const store = await timed(100, () => readFlowStats(db, tenantId, flow.id));
  const http = await timed(50, async () => (await fetch(`${server.url}/v1/flows/${flow.id}/stats`, { headers: { authorization: `Bearer ${admin}` } })).json());
  console.log(`stats of a ${STEPS}-step flow: store p50 ${store.p50.toFixed(1)} ms, p99 ${store.p99.toFixed(1)} ms; over HTTP p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms`);
  // The target is 20 ms p99 for the reads (measured on embedded PGlite on a busy 2-core machine:
  // p50 16 ms, p99 51 ms; p50 27 ms at a load average of 12). These bounds only catch a read that grew with the
  // runs' history (a scan of the runs' paths takes seconds here), not a busy machine.
  expect(store.p99).toBeLessThan(400);
  expect(http.p99).toBeLessThan(1500);
});
