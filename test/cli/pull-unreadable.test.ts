import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { syncFileSchema } from '../../shared/sync/sync-file';
import { flowOfDepth } from '../../server/test/bad-input.suite';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli } from './run-cli';

let server: TestServer;
let token: string;
// Listed by name, so the unreadable flow comes between two good ones.
const first = createFlow({ profile: 'conversations', name: '1 First' });
const tooDeep = createFlow({ profile: 'conversations', name: '2 Too deep' });
const last = createFlow({ profile: 'conversations', name: '3 Last' });

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Tenant with an old deep flow'));
  for (const document of [first, tooDeep, last]) {
    const res = await fetch(`${server.url}/v1/flows`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ document }) });
    expect(res.status).toBe(201);
  }
  // Stored before the server refused such documents: 600 levels, deeper than any client reads.
  await server.database.db.execute(sql`UPDATE flows SET document = ${JSON.stringify({ ...flowOfDepth(tooDeep.name, 600), id: tooDeep.id })}::jsonb WHERE id = ${tooDeep.id}`);
});
afterAll(() => server?.close());

describe('flowpack pull with a flow it cannot read', () => {
  it('writes every other flow, names the one it could not read, and exits 1', async () => {
    const folder = makeTempFolder();
    try {
      const run = await runCli(['pull', '--tenant', server.url, '--all', '-o', folder.path], { env: { FLOWPACK_TOKEN: token } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`flowpack: could not pull ${tooDeep.id} (2 Too deep): `);
      expect(run.stderr).toMatch(/too deeply nested/);
      expect(run.stdout).toMatch(/created .*1-first\.flow\.json/);
      expect(run.stdout).toMatch(/created .*3-last\.flow\.json/);
      expect(JSON.parse(readFileSync(join(folder.path, '3-last.flow.json'), 'utf8'))).toMatchObject({ id: last.id });
      expect(existsSync(join(folder.path, '2-too-deep.flow.json'))).toBe(false);
      const sync = syncFileSchema.parse(JSON.parse(readFileSync(join(folder.path, '.flowpack/sync.json'), 'utf8')));
      expect(JSON.stringify(sync)).toContain(last.id);
      expect(JSON.stringify(sync)).not.toContain(tooDeep.id);

      // Named one by one, the same: the readable flow is written, the other named.
      const named = await runCli(['pull', '--tenant', server.url, tooDeep.id, first.id, '-o', folder.path], { env: { FLOWPACK_TOKEN: token } });
      expect(named.code).toBe(1);
      expect(named.stderr).toContain(`flowpack: could not pull ${tooDeep.id}: `);
      expect(named.stdout).toMatch(/updated 1-first\.flow\.json/);
    } finally {
      folder.remove();
    }
  });
});
