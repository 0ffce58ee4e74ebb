import { afterEach, describe, expect, it } from 'vitest';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { z } from 'zod';
import { startFlakyImportServer } from './flaky-server';
import type { FlakyImportServer } from './flaky-server';
import { HANG_GUARD_MS } from '../hang-guard';

const TOKEN = 'fpt_integration_Q2w3E4r5T6y7U8i9';
const importResultSchema = z.object({ importId: z.string().uuid(), flows: z.number() });
const pack = { flows: [{ id: 'a' }, { id: 'b' }] };

let server: FlakyImportServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * The client as the CLI builds it: Node's own fetch, the real clock, short waits to keep the test quick.
 * Every fault ends its connection, so no attempt needs a timeout: one would only turn a slow answer on a
 * busy machine into an extra attempt the test does not expect.
 */
function clientFor(baseUrl: string) {
  return createTenantHttp({ baseUrl, token: TOKEN, fetch, timeoutMs: HANG_GUARD_MS, retries: 5, backoff: { baseDelayMs: 20, maxDelayMs: 200 } });
}

describe('an upload to a flaky tenant over real HTTP', () => {
  it('gets one import through drops and 503s, created exactly once on the server', async () => {
    server = await startFlakyImportServer(TOKEN, [
      'drop-after-apply',
      { unavailable: { retryAfter: '0' } },
      'drop-before',
      'drop-mid-body',
      { unavailable: {} },
    ]);
    const http = clientFor(server.baseUrl);

    const response = await http.request({
      method: 'POST',
      path: '/v1/imports',
      body: pack,
      idempotencyKey: 'push-2026-11-21-001',
      responseSchema: importResultSchema,
    });

    expect(server.created).toHaveLength(1);
    expect(response.status).toBe(201);
    expect(response.data).toEqual(server.created[0]);
    expect(server.requests.map((request) => request.did)).toEqual([
      'applied, then dropped',
      '503',
      'dropped before applying',
      'applied, dropped mid-answer',
      '503',
      '201',
    ]);
    expect(new Set(server.requests.map((request) => request.idempotencyKey))).toEqual(new Set(['push-2026-11-21-001']));
  });

  it('does not resend an upload without an Idempotency-Key after a drop: it may already have been applied', async () => {
    server = await startFlakyImportServer(TOKEN, ['drop-after-apply']);
    const http = clientFor(server.baseUrl);

    const error = await http.request({ method: 'POST', path: '/v1/imports', body: pack }).catch((reason: unknown) => reason);

    expect(isTenantApiError(error, 'network')).toBe(true);
    expect((error as Error).message).toMatch(/^Could not reach the tenant at http:\/\/127\.0\.0\.1:\d+: the connection was dropped\.$/);
    expect(server.requests).toHaveLength(1);
    expect(server.created).toHaveLength(1);
  });

  it('reports a tenant that is not running as a refused connection', async () => {
    const stopped = await startFlakyImportServer(TOKEN, []);
    await stopped.close();
    const http = createTenantHttp({ baseUrl: stopped.baseUrl, token: TOKEN, fetch, retries: 0 });

    const error = await http.request({ method: 'GET', path: '/v1/tenant' }).catch((reason: unknown) => reason);

    expect(isTenantApiError(error, 'network')).toBe(true);
    expect((error as Error).message).toMatch(/the connection was refused \(is the tenant server running\?\)/);
  });
});
