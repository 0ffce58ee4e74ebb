import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ImportProgress } from '../../shared/tenant-api/imports';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { ONBOARDING_FLOW_ID, onboardingPack } from './import-fixtures';
import { apiClient } from './api-client';
import { startFlakyProxy } from './flaky-proxy';
import type { FlakyProxy } from './flaky-proxy';
import { startTestServer } from './test-server';
import type { TestServer } from './test-server';
import { makeTenant } from './tenant-fixtures';
import { HANG_GUARD_MS } from '../../test/hang-guard';

let server: TestServer;
let proxy: FlakyProxy | undefined;
beforeAll(async () => {
  server = await startTestServer('pglite');
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('an import through a flaky network to a real tenant server', () => {
  it("gets one import through drops and 503s with the client's retries and one Idempotency-Key, applied once", async () => {
    const { admin } = await makeTenant(server.database.db, 'Flaky tenant', 'pipeline');
    proxy = await startFlakyProxy(server.url, ['drop-after', 'unavailable', 'drop-before', 'drop-mid-body'], (method, path) => method === 'POST' && path === '/v1/imports');
    // The client as the CLI builds it, with short waits to keep the test quick. Every fault ends its
    // connection, so no attempt needs a timeout: one would turn a slow answer into an extra attempt.
    const http = createTenantHttp({ baseUrl: proxy.url, token: admin, fetch, timeoutMs: HANG_GUARD_MS, retries: 5, backoff: { baseDelayMs: 20, maxDelayMs: 200 } });
    const client = createTenantClient(http);

    const { data: report } = await client.call('createImport', { body: { mode: 'apply', pack: onboardingPack() }, idempotencyKey: randomUUID() });

    expect(report.applied).toBe(true);
    expect(report.flows[0]).toMatchObject({ targetId: ONBOARDING_FLOW_ID, action: 'create', revision: 1 });
    expect(proxy.seen.filter((r) => r.path === '/v1/imports').map((r) => r.did)).toEqual(['drop-after', 'unavailable', 'drop-before', 'drop-mid-body', 'passed']);
    // The server applied the first attempt; every later one was answered from the key.
    const call = apiClient(server);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(audit.filter((e) => e.action === 'import.apply').map((e) => e.targetId)).toEqual([report.id]);
    expect(audit.filter((e) => e.action === 'flow.create')).toHaveLength(1);
  });

  it('follows an apply whose progress stream is cut: the retry with the same key answers the committed import, applied once', async () => {
    const { admin } = await makeTenant(server.database.db, 'Flaky progress tenant', 'pipeline');
    await proxy?.close();
    proxy = await startFlakyProxy(server.url, ['drop-mid-body'], (method, path) => method === 'POST' && path === '/v1/imports');
    const http = createTenantHttp({ baseUrl: proxy.url, token: admin, fetch, timeoutMs: HANG_GUARD_MS, retries: 3, backoff: { baseDelayMs: 20, maxDelayMs: 200 } });
    const heard: ImportProgress[] = [];

    const { data: report } = await createTenantClient(http).call('createImport', {
      body: { mode: 'apply', pack: onboardingPack() },
      idempotencyKey: randomUUID(),
      onProgress: (progress) => heard.push(progress),
    });

    expect(report).toMatchObject({ applied: true, flows: [expect.objectContaining({ targetId: ONBOARDING_FLOW_ID, revision: 1 })] });
    expect(proxy.seen.map((r) => r.did)).toEqual(['drop-mid-body', 'passed']);
    // The first answer was cut inside its first line, so nothing was heard; the repeat is the stored report, not a stream.
    expect(heard).toEqual([]);
    const audit = (await apiClient(server)<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(audit.filter((e) => e.action === 'import.apply').map((e) => e.targetId)).toEqual([report.id]);
  });
});
