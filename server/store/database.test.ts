import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { lockDataDir } from './data-dir-lock';
import { createTenant, getTenant } from './tenant-store';

describe('the embedded store in a data folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flowpack-tenant-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps data across restarts and refuses a second process while one has it open', async () => {
    const first = await openDatabase({ dataDir: dir });
    const { tenant } = await createTenant(first.db, { name: 'Kept', profile: 'journeys', now: new Date() });
    // A second opener (here the same process, as a second `serve` would be) must not share the files.
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process \d+/);
    await first.close();

    const reopened = await openDatabase({ dataDir: dir });
    expect((await getTenant(reopened.db, tenant.id))?.name).toBe('Kept');
    await reopened.close();
  });

  it('takes over the lock of a process that died, and holds it against others', async () => {
    await writeFile(join(dir, 'flowpack-tenant.lock'), '2147483646');
    const release = await lockDataDir(dir);
    expect(await readFile(join(dir, 'flowpack-tenant.lock'), 'utf8')).toBe(String(process.pid));
    await expect(lockDataDir(dir)).rejects.toThrow(/in use/);
    await release();
    await (await lockDataDir(dir))();
  });

  it('answers the job engine a query of several statements as node-postgres does: every statement’s rows, in order', async () => {
    // pg-boss claims its maintenance work with a lock, a claim and a commit in one query, and reads the claim from the middle.
    const store = await openDatabase({ dataDir: dir });
    try {
      const answer = await store.jobSql.executeSql('BEGIN; SELECT 1 AS first; SELECT 2 AS second; COMMIT');
      const rows = (Array.isArray(answer) ? (answer as { rows: unknown[] }[]).flatMap((result) => result.rows) : answer.rows) as Record<string, number>[];
      expect(rows).toEqual([{ first: 1 }, { second: 2 }]);
      expect((await store.jobSql.executeSql('SELECT 3 AS alone')).rows).toEqual([{ alone: 3 }]);
    } finally {
      await store.close();
    }
  });
});
