import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import { createApp } from '../api/app';
import type { AppOptions } from '../api/app';
import type { Db } from '../store/database';
import { revokeToken } from '../store/tenant-store';
import { apiClient } from './api-client';
import { packOfFlows } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant, makeToken, validFlow } from './tenant-fixtures';

/** A token of the right shape that no tenant issued. */
const madeUpToken = () => `fpt_${randomBytes(32).toString('base64url')}`;

/** The database as the server uses it, counting the queries it starts (every token lookup is one). */
function countingQueries(db: Db): { db: Db; selects: () => number } {
  let selects = 0;
  const counted = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'select') selects++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { db: counted, selects: () => selects };
}

/** Refused requests: failed authentication limited per address, refusals and dry-runs in the audit log, run once per store. */
export function describeRefusals(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  const lines: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(chunk.toString('utf8'))) });
    server = await startTestServer(store, { logger: { level: 'info', stream } });
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Another server process over the same store, with settings of its own (limits, clock); its counters are its own. */
  async function otherProcess(options: Omit<AppOptions, 'db'> & { db?: Db }, test: (url: string, call: ReturnType<typeof apiClient>) => Promise<void>) {
    const app = await createApp({ db: server.database.db, ...options });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      await test(url, apiClient({ ...server, url }));
    } finally {
      await app.close();
    }
  }

  it('answers a burst of made-up tokens from one address with 429 once its failures are spent, without a lookup each', async () => {
    const counter = countingQueries(server.database.db);
    await otherProcess({ db: counter.db }, async (url) => {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 700; i++) {
        const res = await fetch(`${url}/v1/flows`, { headers: { authorization: `Bearer ${madeUpToken()}` } });
        statuses.push(res.status);
        retryAfter ??= res.headers.get('retry-after');
        await res.body?.cancel();
      }
      // The default: 30 failures a minute per address.
      expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(30).every((status) => status === 429)).toBe(true);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(counter.selects()).toBeLessThanOrEqual(30);
      const body = (await (await fetch(`${url}/v1/flows`)).json()) as ApiErrorBody;
      expect(body.error).toMatchObject({ code: 'rate_limited' });
      expect(body.error.message).toMatch(/failed authentications from this address/);
    });
    // Counted in that process only, as the per-token limit is.
    const { admin } = await makeTenant(server.database.db, 'Unaffected');
    expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
  });

  it('lets the address try again when its window is over, and never counts valid requests against it', async () => {
    let clock = new Date();
    const { admin } = await makeTenant(server.database.db, 'Busy tenant');
    await otherProcess({ now: () => clock, authFailureLimit: { max: 3, timeWindowMs: 60_000 } }, async (_url, call) => {
      for (let i = 0; i < 20; i++) expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await call('GET', '/v1/flows', { token: madeUpToken() })).status).toBe(401);
      const blocked = await call<ApiErrorBody>('GET', '/v1/flows', { token: admin });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('60');
      clock = new Date(clock.getTime() + 60_000);
      expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
      expect((await call('GET', '/v1/flows', { token: madeUpToken() })).status).toBe(401);
    });
  });

  it('keeps the per-token limit of valid tokens as it was', async () => {
    const { admin, tenant } = await makeTenant(server.database.db, 'Limited tenant');
    const other = await makeToken(server.database.db, tenant.id, ['flows:read']);
    await otherProcess({ rateLimit: { max: 3, timeWindowMs: 60_000 } }, async (_url, call) => {
      for (let i = 0; i < 3; i++) expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
      const limited = await call<ApiErrorBody>('GET', '/v1/flows', { token: admin });
      expect(limited.status).toBe(429);
      expect(limited.body.error.message).toMatch(/for this token/);
      expect((await call('GET', '/v1/flows', { token: other.token })).status).toBe(200);
    });
  });

  it('audits refused tokens (401) and refused authorisations (403) with the address, logs made-up tokens without them', async () => {
    const db = server.database.db;
    const { admin, tenant } = await makeTenant(db, 'Audited tenant');
    const expired = await makeToken(db, tenant.id, ['flows:read'], new Date(Date.now() - 1000), 'Old laptop');
    const revoked = await makeToken(db, tenant.id, ['flows:read'], null, 'Former colleague');
    await revokeToken(db, revoked.id, new Date());
    const reader = await makeToken(db, tenant.id, ['flows:read'], null, 'Read only');
    const madeUp = madeUpToken();

    expect((await call('GET', '/v1/flows', { token: expired.token })).status).toBe(401);
    expect((await call('GET', '/v1/flows', { token: revoked.token })).status).toBe(401);
    expect((await call('GET', '/v1/flows', { token: madeUp })).status).toBe(401);
    expect((await call('POST', '/v1/flows', { token: reader.token, body: { document: validFlow('Not mine to write') } })).status).toBe(403);

    const entries = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(entries.find((e) => e.action === 'auth.refused' && e.tokenId === expired.id)).toMatchObject({
      tokenLabel: 'Old laptop',
      clientAddress: '127.0.0.1',
      detail: { reason: 'expired', request: 'GET /v1/flows' },
    });
    expect(entries.find((e) => e.action === 'auth.refused' && e.tokenId === revoked.id)).toMatchObject({ detail: { reason: 'revoked' } });
    expect(entries.find((e) => e.action === 'auth.forbidden')).toMatchObject({
      tokenId: reader.id,
      clientAddress: '127.0.0.1',
      detail: { request: 'POST /v1/flows', reason: 'This token lacks the "flows:write" scope.' },
    });
    // A made-up token names no tenant: the server log holds it, by address, and never the token itself.
    const refusal = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'authentication refused');
    expect(refusal).toMatchObject({ clientAddress: '127.0.0.1', reason: 'unknown', request: 'GET /v1/flows' });
    const log = lines.join('');
    for (const secret of [madeUp, expired.token, revoked.token, reader.token, admin]) expect(log).not.toContain(secret);
    expect(JSON.stringify(entries)).not.toContain(expired.token);
  });

  it('audits a dry-run, and every write with the address it came from', async () => {
    const { admin, adminId } = await makeTenant(server.database.db, 'Planning tenant');
    const dryRun = await call<{ id: string }>('POST', '/v1/imports', { token: admin, body: { mode: 'dry-run', pack: packOfFlows(2) }, headers: { 'idempotency-key': randomUUID() } });
    expect(dryRun.status).toBe(201);
    const created = await call<{ id: string }>('POST', '/v1/flows', { token: admin, body: { document: validFlow('Written') } });
    const entries = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(entries.find((e) => e.action === 'import.dry-run')).toMatchObject({
      tokenId: adminId,
      targetId: dryRun.body.id,
      clientAddress: '127.0.0.1',
      detail: { reportId: dryRun.body.id, flows: 2, errors: 0 },
    });
    expect(entries.find((e) => e.action === 'flow.create')).toMatchObject({ targetId: created.body.id, clientAddress: '127.0.0.1' });
    // Made on the server's command line: no address.
    expect(entries.find((e) => e.action === 'tenant.create')).toMatchObject({ clientAddress: null });
  });
}
