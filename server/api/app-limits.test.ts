import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import { apiClient } from '../test/api-client';
import { startTestServer } from '../test/test-server';
import type { TestServer } from '../test/test-server';
import { makeTenant, makeToken, validFlow } from '../test/tenant-fixtures';
import { REDACTED_LOG_PATHS } from './app';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('tenant server limits', () => {
  it('limits requests per token: the busy token gets 429 with Retry-After, another token of the tenant still works', async () => {
    server = await startTestServer('pglite', { rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const call = apiClient(server);
    const { admin, tenant } = await makeTenant(server.database.db, 'Busy tenant');
    const other = await makeToken(server.database.db, tenant.id, ['flows:read']);
    for (let i = 0; i < 3; i++) expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
    const limited = await call<ApiErrorBody>('GET', '/v1/flows', { token: admin });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('GET', '/v1/flows', { token: other.token })).status).toBe(200);
  });

  it('refuses a body over the size limit with 413 before reading it all', async () => {
    server = await startTestServer('pglite', { maxRequestBytes: 10_000 });
    const call = apiClient(server);
    const { admin } = await makeTenant(server.database.db, 'Small tenant');
    const flow = validFlow('Large');
    const res = await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: { ...flow, description: 'x'.repeat(20_000) } } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('never writes a token to the logs, even when the request fails', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // Headers are logged here on purpose (a custom serializer a deployment might add) to prove the redaction holds.
    const logger = { level: 'trace', stream, redact: REDACTED_LOG_PATHS, serializers: { req: (req: { method: string; url: string; headers: unknown }) => ({ method: req.method, url: req.url, headers: req.headers }) } };
    server = await startTestServer('pglite', { logger });
    const call = apiClient(server);
    const { admin } = await makeTenant(server.database.db, 'Logged tenant');
    await call('GET', '/v1/flows', { token: admin });
    await call('POST', '/v1/flows', { token: admin, body: { document: { broken: true } } });
    await call('GET', '/v1/tenant', { token: 'fpt_not-a-real-token' });
    const log = lines.join('');
    expect(log).toContain('/v1/flows');
    expect(log).toContain('[Redacted]');
    expect(log).not.toContain(admin);
    expect(log).not.toContain('fpt_not-a-real-token');
  });
});
