import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { createApp } from '../api/app';
import { openDatabase } from '../store/database';
import type { Database } from '../store/database';
import { revokeToken } from '../store/tenant-store';
import { makeTenant } from './tenant-fixtures';
import { TEST_DATABASE_URL } from './test-server';

/** A server over `database`, listening on loopback; closed after each test. */
const opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (opened.length > 0) await opened.pop()!();
});
async function serve(database: Database): Promise<string> {
  const app = await createApp({ db: database.db, onTenantChange: database.onTenantChange });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  opened.push(() => app.close());
  return url;
}

const names = async (url: string, token: string) =>
  ((await (await fetch(`${url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: { name: string }[] }).flows.map((flow) => flow.name).sort();
const create = (url: string, token: string, name: string) =>
  fetch(`${url}/v1/flows`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ document: createFlow({ profile: 'conversations', name }) }),
  });

describe('cached reads follow every change', () => {
  it('a write through the API is in the next list at once (one process, PGlite)', async () => {
    const database = await openDatabase({});
    opened.push(() => database.close());
    const url = await serve(database);
    const { admin } = await makeTenant(database.db, 'Cache');
    expect(await names(url, admin)).toEqual([]);
    expect(await names(url, admin)).toEqual([]); // now cached
    expect((await create(url, admin, 'Welcome')).status).toBe(201);
    expect(await names(url, admin)).toEqual(['Welcome']);
  });

  it('a revoked token is refused on its next use, although its lookup was cached', async () => {
    const database = await openDatabase({});
    opened.push(() => database.close());
    const url = await serve(database);
    const { admin, adminId } = await makeTenant(database.db, 'Revoke');
    expect(await names(url, admin)).toEqual([]);
    await revokeToken(database.db, adminId, new Date());
    await expect.poll(async () => (await fetch(`${url}/v1/flows`, { headers: { authorization: `Bearer ${admin}` } })).status, { interval: 20 }).toBe(401);
  });

  it.skipIf(!TEST_DATABASE_URL)('a write through another server process on the same PostgreSQL reaches this one’s cached list', async () => {
    const name = `flowpack_cache_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const databaseUrl = Object.assign(new URL(TEST_DATABASE_URL!), { pathname: `/${name}` }).toString();
    opened.push(async () => {
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    });
    const first = await openDatabase({ databaseUrl });
    const second = await openDatabase({ databaseUrl });
    opened.push(() => first.close(), () => second.close());
    const [urlA, urlB] = [await serve(first), await serve(second)];
    const { admin: token } = await makeTenant(first.db, 'Shared');

    expect(await names(urlB, token)).toEqual([]); // B caches the empty list
    expect((await create(urlA, token, 'Made on A')).status).toBe(201);
    await expect.poll(() => names(urlB, token), { interval: 50 }).toEqual(['Made on A']);
  });
});
