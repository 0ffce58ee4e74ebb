import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database';
import { freshDatabase, TEST_DATABASE_URL } from '../test/test-server';
import type { TestStore } from '../test/test-server';
import { DEADLINE_QUEUE, JOB_SCHEMA, JobEngine } from './job-engine';
import type { DeadlineJob } from './job-engine';
import { setAsideSchemaOf } from './job-schema-carry-over';

const PG_BOSS_10_SCHEMA = readFileSync(join(import.meta.dirname, '..', 'test', 'pg-boss-10-schema.sql'), 'utf8');

/** A store whose deadlines pg-boss 10 kept: its schema, its queue, and jobs in each state. */
async function storeFromBeforeTheUpgrade(store: TestStore): Promise<Database> {
  const database = await freshDatabase(store);
  await database.jobSql.executeSql(PG_BOSS_10_SCHEMA);
  await database.jobSql.executeSql(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [DEADLINE_QUEUE, JSON.stringify({ policy: 'standard', retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 })]);
  const job = (runId: string, due: string, state: string) =>
    `('${DEADLINE_QUEUE}', '${JSON.stringify({ tenantId: 't1', runId, version: 3 })}', now() + interval '${due}', '${state}')`;
  await database.jobSql.executeSql(`INSERT INTO ${JOB_SCHEMA}.job (name, data, start_after, state) VALUES
    ${job('due-in-an-hour', '1 hour', 'created')},
    ${job('due-already', '-1 minute', 'retry')},
    ${job('worked-when-stopped', '-5 minutes', 'active')},
    ${job('done', '-1 day', 'completed')}`);
  return database;
}

async function pendingDeadlines(database: Database): Promise<{ runId: string; dueInMinutes: number }[]> {
  const { rows } = await database.jobSql.executeSql(
    `SELECT data->>'runId' AS "runId", round(extract(epoch FROM start_after - now()) / 60)::int AS "dueInMinutes" FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state < 'completed' ORDER BY 1`,
    [DEADLINE_QUEUE],
  );
  return rows as { runId: string; dueInMinutes: number }[];
}

// PostgreSQL when the test server is there (.ci/run starts one), PGlite always.
const STORES: TestStore[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(STORES)('a %s tenant database from before the job engine upgrade (pg-boss 10, whose schema pg-boss 11 and later cannot migrate)', (store) => {
  let database: Database | undefined;
  let engine: JobEngine | undefined;
  afterEach(async () => {
    await engine?.stop();
    await database?.close();
    engine = undefined;
    database = undefined;
  });

  it('starts, and keeps every waiting deadline due when it was; finished jobs are not brought back', async () => {
    database = await storeFromBeforeTheUpgrade(store);
    engine = await JobEngine.start(database.jobSql, { pollingIntervalSeconds: 0.5 });
    expect(await pendingDeadlines(database)).toEqual([
      { runId: 'due-already', dueInMinutes: -1 },
      { runId: 'due-in-an-hour', dueInMinutes: 60 },
      { runId: 'worked-when-stopped', dueInMinutes: -5 },
    ]);
    const { rows } = await database.jobSql.executeSql('SELECT to_regnamespace($1) IS NULL AS "gone"', [setAsideSchemaOf(JOB_SCHEMA)]);
    expect(rows[0]).toEqual({ gone: true });
    // The carried deadlines fire through the engine: the due ones now, the other not before its time.
    const fired: DeadlineJob[] = [];
    await engine.work(async (job) => {
      fired.push(job);
    });
    await expect.poll(() => fired.map((job) => job.runId).sort()).toEqual(['due-already', 'worked-when-stopped']);
    expect(fired[0]).toMatchObject({ tenantId: 't1', version: 3 });
  });

  it('carries the deadlines over once: the next start finds nothing left to carry', async () => {
    database = await storeFromBeforeTheUpgrade(store);
    await (await JobEngine.start(database.jobSql)).stop();
    engine = await JobEngine.start(database.jobSql);
    expect((await pendingDeadlines(database)).map((job) => job.runId)).toEqual(['due-already', 'due-in-an-hour', 'worked-when-stopped']);
  });

  // Several server processes share one PostgreSQL database; PGlite has one process.
  it.runIf(store === 'postgres')('two server processes upgrading at once both start, and no deadline is lost', async () => {
    database = await storeFromBeforeTheUpgrade(store);
    const [first, second] = await Promise.all([JobEngine.start(database.jobSql), JobEngine.start(database.jobSql)]);
    await Promise.all([first.stop(), second.stop()]);
    // A deadline sent by both is harmless: it names the run's version, which the first to fire changes.
    expect([...new Set((await pendingDeadlines(database)).map((job) => job.runId))]).toEqual(['due-already', 'due-in-an-hour', 'worked-when-stopped']);
  });
});
