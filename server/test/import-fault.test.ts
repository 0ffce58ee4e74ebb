import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { PAUSE_IMPORT_VARIABLE, PAUSED_MARKER } from '../api/server-hooks';
import { onboardingPack } from './import-fixtures';
import { createTenantWithCommand, spawnServer, withSpawnStore } from './spawned-server';
import { TEST_DATABASE_URL } from './test-server';

const get = async <T>(url: string, token: string, path: string) => {
  const res = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as T };
};
const postImport = (url: string, token: string, key: string) =>
  fetch(`${url}/v1/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ mode: 'apply', pack: onboardingPack() }),
  });

/**
 * The server process killed (SIGKILL: no shutdown, no cleanup) while an import's transaction
 * has written everything but not committed: after a restart nothing of the import exists,
 * and the same request with the same key then imports once.
 */
function killedMidApply(kind: 'pglite' | 'postgres') {
  return () =>
    withSpawnStore(kind, async (store) => {
      const { token } = await createTenantWithCommand(store, 'Fault tenant', 'pipeline');
      const key = randomUUID();

      const paused = await spawnServer(store, { [PAUSE_IMPORT_VARIABLE]: '1' });
      const answer = postImport(paused.url, token, key).catch((error: unknown) => error);
      const [, reportId] = (await paused.waitFor(new RegExp(`${PAUSED_MARKER} \\(([0-9a-f-]+)\\)`)))!;
      await paused.kill('SIGKILL');
      expect(await answer).toBeInstanceOf(Error);

      const restarted = await spawnServer(store);
      try {
        expect((await get<{ flows: FlowSummary[] }>(restarted.url, token, '/v1/flows')).body.flows).toEqual([]);
        const catalog = (await get<CatalogSnapshot>(restarted.url, token, '/v1/catalog')).body;
        expect(catalog.entities.tag).toEqual([]);
        expect(catalog.entities.customField).toEqual([]);
        const actions = (await get<{ entries: AuditEntry[] }>(restarted.url, token, '/v1/audit')).body.entries.map((e) => e.action);
        expect(actions.filter((action) => action !== 'tenant.create' && action !== 'token.create')).toEqual([]);
        expect((await get(restarted.url, token, `/v1/imports/${reportId!}`)).status).toBe(404);

        const retried = await postImport(restarted.url, token, key);
        expect(retried.status).toBe(201);
        expect(((await retried.json()) as ImportReport).applied).toBe(true);
        expect((await get<{ flows: FlowSummary[] }>(restarted.url, token, '/v1/flows')).body.flows).toHaveLength(1);
      } finally {
        await restarted.kill('SIGTERM');
      }
    });
}

describe('one Idempotency-Key across several server processes on one PostgreSQL database', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    `imports once when the same request reaches two processes at once${TEST_DATABASE_URL ? '' : ' (skipped: FLOWPACK_TEST_DATABASE_URL is not set)'}`,
    () =>
      withSpawnStore('postgres', async (store) => {
        const { token } = await createTenantWithCommand(store, 'Two-process tenant', 'pipeline');
        const servers = [await spawnServer(store), await spawnServer(store)];
        try {
          const key = randomUUID();
          const answers = await Promise.all([0, 1, 0, 1].map((index) => postImport(servers[index]!.url, token, key)));
          expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
          const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as ImportReport).id));
          expect(new Set(ids).size).toBe(1);
          const actions = (await get<{ entries: AuditEntry[] }>(servers[1]!.url, token, '/v1/audit')).body.entries.map((e) => e.action);
          expect(actions.filter((action) => action === 'import.apply')).toHaveLength(1);
          expect(actions.filter((action) => action === 'flow.create')).toHaveLength(1);
        } finally {
          await Promise.all(servers.map((server) => server.kill('SIGTERM')));
        }
      }),
  );
});

describe('an import apply interrupted by the server process dying', () => {
  it('leaves no partial import in a PGlite data folder, and the retry imports once', killedMidApply('pglite'));
  it.skipIf(!TEST_DATABASE_URL)(
    `leaves no partial import in PostgreSQL, and the retry imports once${TEST_DATABASE_URL ? '' : ' (skipped: FLOWPACK_TEST_DATABASE_URL is not set)'}`,
    killedMidApply('postgres'),
  );
});
