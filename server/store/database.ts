import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import type { JobSql } from '../runs/job-engine';
import { schema } from './schema';

/** One query layer over both stores: PGlite's and node-postgres's drizzle databases share this type, and so do their transactions. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  /** Which store answers: the embedded one or a PostgreSQL server. */
  kind: 'pglite' | 'postgres';
  /**
   * Calls `listener` with a tenant's id after any transaction that changed its flows, entities
   * or tokens commits, in this process or another sharing the database. Returns the unsubscribe.
   */
  onTenantChange(listener: (tenantId: string) => void): Promise<() => Promise<void>>;
  /** The store's own client for the job engine (pg-boss runs its multi-statement SQL through it). */
  jobSql: JobSql;
  close(): Promise<void>;
}

/** The channel the migration's triggers announce tenant changes on. */
const TENANT_CHANGE_CHANNEL = 'flowpack_tenant_changed';

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL: several server processes can share it. */
  databaseUrl?: string | undefined;
  /** The server's data folder (PGlite's files go in its `postgres/`); left out, an in-memory database (tests). */
  dataDir?: string | undefined;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Any fixed number: every server process takes the same lock, so two processes starting at
// once against one PostgreSQL database never run the same migration twice.
const MIGRATION_LOCK = 7_305_211;

/** Opens the store and brings its schema up to date (migrations run on every start). */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const release = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  try {
    const client = await PGlite.create(dataDir ? join(dataDir, 'postgres') : 'memory://');
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    const close = async () => {
      await client.close();
      await release();
    };
    const onTenantChange = async (listener: (tenantId: string) => void) => {
      const unlisten = await client.listen(TENANT_CHANGE_CHANNEL, listener);
      return async () => unlisten();
    };
    // Parameterless SQL may hold several statements (pg-boss's schema, its migrations, its maintenance
    // claims): PGlite runs those with exec. Answered as node-postgres answers them, every statement's
    // result in order, one alone as itself: pg-boss reads its claim from a row before the last statement's.
    const jobSql: JobSql = {
      executeSql: async (text: string, values?: unknown[]) => {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        // pg-boss's type names one result; it unwraps a list at run time, as node-postgres gives for several statements.
        return (results.length === 1 ? results[0]! : results) as { rows: unknown[] };
      },
    };
    return { db: db as unknown as Db, kind: 'pglite', onTenantChange, jobSql, close };
  } catch (error) {
    await release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const migrationClient = await pool.connect();
  try {
    await migrationClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client: migrationClient, schema }), { migrationsFolder });
    await migrationClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    migrationClient.release();
  }
  const db = drizzlePg({ client: pool, schema });
  // LISTEN needs a connection of its own, outside the pool.
  const onTenantChange = async (listener: (tenantId: string) => void) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel === TENANT_CHANGE_CHANNEL && message.payload) listener(message.payload);
    });
    await client.query(`LISTEN ${TENANT_CHANGE_CHANNEL}`);
    return () => client.end();
  };
  const jobSql: JobSql = { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) };
  return { db: db as unknown as Db, kind: 'postgres', onTenantChange, jobSql, close: () => pool.end() };
}
