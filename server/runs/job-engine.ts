import { createHash } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import type { Db as PgBossDb } from 'pg-boss';
import type { Db } from '../store/database';
import { carryOverOldJobs, setOldJobSchemaAside } from './job-schema-carry-over';

/** How the job engine reaches the database: the store's own client (database.ts `jobSql`). */
export type JobSql = PgBossDb;

/** The schema pg-boss keeps its tables in, beside the tenant tables. */
export const JOB_SCHEMA = 'flowpack_jobs';
/** The queue of waits' deadlines: one job per wait with a deadline, due at the deadline. */
export const DEADLINE_QUEUE = 'flow-run-deadline';

/** A run's deadline: the run and the version of it that waited; a later version makes the job a no-op. */
export interface DeadlineJob {
  tenantId: string;
  runId: string;
  version: number;
}

/** The environment variable of how often `serve` looks for due deadlines, in seconds (default 1). */
export const DEADLINE_POLLING_VARIABLE = 'FLOWPACK_DEADLINE_POLLING_SECONDS';
/** The environment variable of how long `serve` lets a deadline being worked take before another process retries it, in seconds. */
export const DEADLINE_EXPIRY_VARIABLE = 'FLOWPACK_DEADLINE_EXPIRY_SECONDS';

/** How long a deadline being worked may take before it counts as abandoned (its process died) and is retried elsewhere. */
export const DEFAULT_DEADLINE_EXPIRY_SECONDS = 300;

export interface JobEngineOptions {
  /** How often a process looks for due deadlines, in seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /**
   * How long a deadline being worked may take, in seconds, before another process retries it
   * (default {@link DEFAULT_DEADLINE_EXPIRY_SECONDS}; at least 1). The queue takes the value of
   * the process that started last, for the deadlines scheduled from then on.
   */
  expireInSeconds?: number;
  onError?: (error: unknown) => void;
}

/**
 * Waits and timeouts kept durable in the tenant's own database by pg-boss: a deadline is a job
 * row written in the same transaction as the run that waits (so neither exists without the
 * other), fetched when due with `FOR UPDATE SKIP LOCKED`, so several server processes on one
 * PostgreSQL database share the work and a job is worked by one of them at a time. A process
 * killed while working a job leaves it active until it expires; pg-boss then retries it.
 */
export class JobEngine {
  private constructor(
    private readonly boss: PgBoss,
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(jobSql: JobSql, options: JobEngineOptions = {}): Promise<JobEngine> {
    const expireInSeconds = options.expireInSeconds ?? DEFAULT_DEADLINE_EXPIRY_SECONDS;
    // Abandoned jobs are found by pg-boss's maintenance (one process runs it per interval, 120 s
    // by default): it runs at least twice per expiry, so a job is retried soon after it expired.
    const maintenanceIntervalSeconds = Math.max(1, Math.min(120, Math.floor(expireInSeconds / 2)));
    await setOldJobSchemaAside(jobSql, JOB_SCHEMA);
    // The clock monitor and cron scheduling are not used: deadlines are plain delayed jobs.
    const boss = new PgBoss({ db: jobSql, schema: JOB_SCHEMA, schedule: false, supervise: true, maintenanceIntervalSeconds });
    boss.on('error', (error) => options.onError?.(error));
    await boss.start();
    // Retries cover a process killed mid-job (the job expires, then runs again elsewhere).
    const queue = { retryLimit: 20, retryDelay: Math.min(5, expireInSeconds), retryBackoff: true, expireInSeconds };
    await boss.createQueue(DEADLINE_QUEUE, queue);
    // createQueue leaves an existing queue as it was: the settings of this process apply from now on.
    await boss.updateQueue(DEADLINE_QUEUE, queue);
    await carryOverOldJobs(boss, jobSql, JOB_SCHEMA, DEADLINE_QUEUE);
    return new JobEngine(boss, options.pollingIntervalSeconds ?? 1);
  }

  /** Works due deadlines in this process from now on; a throw retries the job later. */
  async work(onDeadline: (job: DeadlineJob) => Promise<void>): Promise<void> {
    await this.boss.work<DeadlineJob>(DEADLINE_QUEUE, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 20 }, async (jobs) => {
      for (const job of jobs) await onDeadline(job.data);
    });
  }

  /**
   * Schedules runs' deadlines inside the transaction `tx` that stores the waiting runs, one
   * statement for all of them, each due `delayMs` after the database's clock: a delay, not a
   * time of day, so a server whose clock differs from the database's (or a test's clock) still
   * waits exactly as long.
   */
  async scheduleDeadlines(tx: Db, deadlines: readonly { job: DeadlineJob; delayMs: number }[]): Promise<void> {
    if (deadlines.length === 0) return;
    // pg-boss reads a startAfter that is not a time of day as an interval after the database's now().
    const jobs = deadlines.map(({ job, delayMs }) => ({ data: job, startAfter: `${Math.max(0, delayMs) / 1000} seconds` }));
    await this.boss.insert(DEADLINE_QUEUE, jobs, { db: jobSqlOver(tx) });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, close: false });
  }
}

/** A driver connection as pg-boss uses one: node-postgres's client or PGlite's transaction. */
interface DriverClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** node-postgres's client, which also takes a statement to prepare once per connection under a name. */
interface PreparingClient {
  connection: object;
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** A name for a statement's text, the same in every process and distinct for every text. */
function statementName(text: string): string {
  return `flowpack_jobs_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

/**
 * pg-boss's SQL run on the connection of a drizzle transaction, so a job is written in the
 * same transaction as the run it belongs to. Through the driver, not drizzle's `sql`: pg-boss
 * uses one `$n` several times with the type its first use gives it, and drizzle would send
 * each use as a parameter of its own. Both drivers keep the transaction's connection as
 * `session.client` (drizzle-orm's node-postgres and pglite sessions); the runs suites cover both.
 */
export function jobSqlOver(tx: Db): JobSql {
  const client = (tx as unknown as { session?: { client?: Partial<DriverClient> } }).session?.client;
  if (typeof client?.query !== 'function') throw new Error("the transaction's driver connection is not reachable: check drizzle-orm's session layout");
  const driver = client as DriverClient;
  // On PostgreSQL, pg-boss's statements (fixed texts with parameters) are prepared once per
  // connection: planning its job insert cost the database about as much as running it, in
  // every event's transaction. PGlite runs in this process and plans cheaply.
  if (typeof (client as { connection?: unknown }).connection === 'object') {
    const preparing = client as unknown as PreparingClient;
    return { executeSql: (text: string, values: unknown[] = []) => preparing.query({ ...(values.length > 0 && { name: statementName(text) }), text, values }) };
  }
  return { executeSql: (text: string, values: unknown[] = []) => driver.query(text, values) };
}
