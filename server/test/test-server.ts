import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../api/app';
import { createApp } from '../api/app';
import { openDatabase } from '../store/database';
import type { Database } from '../store/database';
import { JOB_SCHEMA } from '../runs/job-engine';
import { ContractChecker } from './contract-checker';

/** The PostgreSQL server the tests may use: .ci/run starts one and exports this. */
export const TEST_DATABASE_URL = process.env.FLOWPACK_TEST_DATABASE_URL?.trim() || undefined;

export type TestStore = 'pglite' | 'postgres';

/** A fresh, empty database of the given store: in-memory PGlite, or a new database on the test PostgreSQL server. */
export async function freshDatabase(store: TestStore): Promise<Database> {
  if (store === 'pglite') return openDatabase({});
  if (!TEST_DATABASE_URL) throw new Error('FLOWPACK_TEST_DATABASE_URL is not set');
  const name = `flowpack_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}

export interface TestServer {
  url: string;
  database: Database;
  app: FastifyInstance;
  contract: ContractChecker;
  /**
   * Moves the job engine's clock `ms` forward: every scheduled deadline falls due that much
   * sooner. A test moves its own `now` by the same amount, so the server sees time pass.
   */
  passJobTime(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** A tenant server listening on 127.0.0.1 on a free port, over a fresh database. */
export async function startTestServer(store: TestStore, options: Omit<AppOptions, 'db'> = {}): Promise<TestServer> {
  const database = await freshDatabase(store);
  const app = await createApp({ deadlinePollingSeconds: 0.5, ...options, db: database.db, onTenantChange: database.onTenantChange, jobSql: database.jobSql });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const openApi = (await (await fetch(`${url}/v1/openapi.json`)).json()) as ConstructorParameters<typeof ContractChecker>[0];
  return {
    url,
    database,
    app,
    contract: new ContractChecker(openApi),
    passJobTime: async (ms) => {
      await database.jobSql.executeSql(`UPDATE ${JOB_SCHEMA}.job SET start_after = start_after - make_interval(secs => $1) WHERE state IN ('created', 'retry')`, [ms / 1000]);
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
