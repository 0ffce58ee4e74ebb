import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportProgress, ImportReport } from '../../shared/tenant-api/imports';
import { PROGRESS_STREAM_ACCEPT } from '../../shared/tenant-api/progress-stream';
import { apiClient } from './api-client';
import { packOfFlows } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

type StreamLine =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportReport }
  | { type: 'error'; status: number; error: { code: string; message: string } };

const FLOWS = 25;

/** POST /v1/imports asking for a progress stream, over real HTTP against `store` (each line checked against the OpenAPI document). */
export function describeImportProgress(store: TestStore): void {
  let server: TestServer;
  let failing: TestServer;
  beforeAll(async () => {
    server = await startTestServer(store);
    // A server whose apply fails after its writes, before the commit: a disk or connection lost mid-import.
    failing = await startTestServer(store, { hooks: { insideImportApply: () => Promise.reject(new Error('the database connection was lost')) } });
  });
  afterAll(async () => {
    await server?.close();
    await failing?.close();
  });

  const pack = packOfFlows(FLOWS);
  const streamed = (target: TestServer, token: string, mode: string, key: string) =>
    apiClient(target)<StreamLine[] | ImportReport>('POST', '/v1/imports', {
      token,
      body: { mode, pack },
      headers: { 'idempotency-key': key, accept: PROGRESS_STREAM_ACCEPT },
    });

  it('streams an apply as it goes: the start, every flow as it is written, the commit, then the report', async () => {
    const { admin } = await makeTenant(server.database.db, 'Progress tenant');
    const key = randomUUID();
    const res = await streamed(server, admin, 'apply', key);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = res.body as StreamLine[];
    const progress = lines.flatMap((line) => (line.type === 'progress' ? [line.progress] : []));
    const last = lines.at(-1)!;
    expect(last.type).toBe('result');
    const report = (last as Extract<StreamLine, { type: 'result' }>).result;
    expect(report).toMatchObject({ mode: 'apply', applied: true });

    expect(progress[0]).toEqual({ phase: 'entities', written: [], done: 0, total: FLOWS });
    expect(progress.at(-1)).toEqual({ phase: 'committing', written: [], done: FLOWS, total: FLOWS });
    const writing = progress.filter((p) => p.phase === 'flows');
    // Reported in steps, not all at once at the end; each flow once, in the report's order.
    expect(writing.length).toBeGreaterThan(5);
    expect(writing.flatMap((p) => p.written)).toEqual(report.flows.map((flow) => flow.targetId));
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(writing.at(-1)!.done).toBe(FLOWS);

    const call = apiClient(server);
    expect((await call<ImportReport>('GET', `/v1/imports/${report.id}`, { token: admin })).body).toEqual(report);
    // A repeat of the key (a client whose stream broke) gets the first report as plain JSON, and nothing twice.
    const again = await streamed(server, admin, 'apply', key);
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
    expect(again.body).toEqual(report);
    expect((await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows).toHaveLength(FLOWS);
  });

  it('answers a dry-run as plain JSON even when progress is asked for: it writes nothing to report', async () => {
    const { admin } = await makeTenant(server.database.db, 'Progress dry tenant');
    const res = await streamed(server, admin, 'dry-run', randomUUID());
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ mode: 'dry-run', applied: false });
  });

  it('ends a started stream with the error line when the apply fails, and keeps none of what it wrote', async () => {
    const { admin } = await makeTenant(failing.database.db, 'Failing tenant');
    const key = randomUUID();
    const res = await streamed(failing, admin, 'apply', key);
    expect(res.status).toBe(201);
    const lines = res.body as StreamLine[];
    expect(lines.some((line) => line.type === 'progress' && line.progress.phase === 'flows')).toBe(true);
    expect(lines.at(-1)).toEqual({ type: 'error', status: 500, error: { code: 'internal', message: expect.stringContaining('failed') } });
    expect(lines.filter((line) => line.type !== 'progress')).toHaveLength(1);
    const call = apiClient(failing);
    expect((await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows).toEqual([]);
    // Nothing committed, so the key is free again: a retry runs the import anew (and fails the same way here).
    expect(((await streamed(failing, admin, 'apply', key)).body as StreamLine[]).at(-1)).toMatchObject({ type: 'error', status: 500 });
  });
}
