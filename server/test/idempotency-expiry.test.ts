import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { KEY_LIFETIME_MS } from '../store/import-store';
import { apiClient } from './api-client';
import { onboardingPack } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer } from './test-server';
import { makeTenant } from './tenant-fixtures';

const HOUR_MS = 60 * 60 * 1000;

describe('how long an Idempotency-Key answers repeats', () => {
  let server: TestServer;
  let clock = new Date('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    server = await startTestServer('pglite', { now: () => clock });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a repeat within a day with the first report, and treats one after a day as a new import', async () => {
    const { admin } = await makeTenant(server.database.db, 'Key expiry tenant', 'pipeline');
    const call = apiClient(server);
    const key = randomUUID();
    const dryRun = () => call<ImportReport>('POST', '/v1/imports', { token: admin, body: { mode: 'dry-run', pack: onboardingPack() }, headers: { 'idempotency-key': key } });

    const first = await dryRun();
    clock = new Date(clock.getTime() + KEY_LIFETIME_MS - HOUR_MS);
    expect((await dryRun()).body.id).toBe(first.body.id);

    clock = new Date(clock.getTime() + 2 * HOUR_MS);
    const later = await dryRun();
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
    // The first report stays readable: only the key was forgotten.
    expect((await call<ImportReport>('GET', `/v1/imports/${first.body.id}`, { token: admin })).body.id).toBe(first.body.id);
  });
});
