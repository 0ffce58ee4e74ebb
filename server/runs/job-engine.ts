import PgBoss from 'pg-boss';
import type { Db } from '../store/database';

/** How the job engine reaches the database: the store's own client (database.ts `jobSql`). */
export type JobSql = PgBoss.Db;

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

export interface JobEngineOptions {
  /** How often a process looks for due deadlines, in seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
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
    // The clock monitor and cron scheduling are not used: deadlines are plain delayed jobs.
    const boss = new PgBoss({ db: jobSql, schema: JOB_SCHEMA, schedule: false, supervise: true });
    boss.on('error', (error) => options.onError?.(error));
    await boss.start();
    // Retries cover a process killed mid-job (the job expires, then runs again elsewhere).
    await boss.createQueue(DEADLINE_QUEUE, { name: DEADLINE_QUEUE, retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 });
    return new JobEngine(boss, options.pollingIntervalSeconds ?? 1);
  }

  /** Works due deadlines in this process from now on; a throw retries the job later. */
  async work(onDeadline: (job: DeadlineJob) => Promise<void>): Promise<void> {
    await this.boss.work<DeadlineJob>(DEADLINE_QUEUE, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 20 }, async (jobs) => {
      for (const job of jobs) await onDeadline(job.data);
    });
  }

  /**
   * Schedules a run's deadline inside the transaction `tx` that stores the waiting run, due
   * `delayMs` after the database's clock: a delay, not a time of day, so a server whose clock
   * differs from the database's (or a test's clock) still waits exactly as long.
   */
  async scheduleDeadline(tx: Db, job: DeadlineJob, delayMs: number): Promise<void> {
    await this.boss.send(DEADLINE_QUEUE, job, { startAfter: Math.max(0, delayMs) / 1000, db: jobSqlOver(tx) });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, close: false });
  }
}

/** A driver connection as pg-boss uses one: node-postgres's client or PGlite's transaction. */
interface DriverClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
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
  return { executeSql: (text: string, values: unknown[] = []) => driver.query(text, values) };
}
