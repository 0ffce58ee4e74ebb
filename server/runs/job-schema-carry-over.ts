import type { PgBoss, Db as JobSql } from 'pg-boss';

// pg-boss 10 kept its jobs in a schema of version 24, which pg-boss 11 and later refuse to migrate
// (their migrations start from version 25). A tenant database made before the upgrade keeps its
// waiting runs' deadlines all the same: the old schema is set aside before pg-boss starts, and its
// pending deadline jobs are sent again, due when they were, once the current schema exists.

/** The oldest job schema version the current pg-boss migrates by itself. */
const OLDEST_MIGRATABLE_VERSION = 25;

/** PostgreSQL's codes for a table or schema that is not there. */
const UNDEFINED_TABLE_OR_SCHEMA = new Set(['42P01', '3F000']);

/** Where an old job schema waits while its deadlines are carried over. */
export function setAsideSchemaOf(schema: string): string {
  return `${schema}_before_v11`;
}

/**
 * Renames `schema` aside when pg-boss 10 made it. One transaction under an advisory lock, so of two
 * server processes starting at once over one database, one renames and the other finds nothing to do.
 */
export async function setOldJobSchemaAside(jobSql: JobSql, schema: string): Promise<void> {
  await jobSql.executeSql(`
    DO $$
    DECLARE old_version int;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('${schema} set aside'));
      IF to_regclass('${schema}.version') IS NULL THEN RETURN; END IF;
      EXECUTE 'SELECT max(version) FROM ${schema}.version' INTO old_version;
      IF old_version < ${OLDEST_MIGRATABLE_VERSION} THEN
        ALTER SCHEMA ${schema} RENAME TO ${setAsideSchemaOf(schema)};
      END IF;
    END $$`);
}

/**
 * Sends the pending jobs of `queue` kept in the set-aside schema again through `boss`, each with
 * its data and the time it was due, then drops that schema. A process stopped in between sends
 * them again on its next start, and two processes starting at once may both send them: a deadline
 * sent twice is harmless, since it names the version of the run that waited and the second finds a
 * later version.
 */
export async function carryOverOldJobs(boss: PgBoss, jobSql: JobSql, schema: string, queue: string): Promise<number> {
  const aside = setAsideSchemaOf(schema);
  const found = await jobSql.executeSql('SELECT to_regclass($1) IS NOT NULL AS "exists"', [`${aside}.job`]);
  if (found.rows[0]?.exists !== true) return 0;
  let rows: { data: object; startAfter: Date | string }[];
  try {
    ({ rows } = await jobSql.executeSql(`SELECT data, start_after AS "startAfter" FROM ${aside}.job WHERE name = $1 AND state < 'completed' ORDER BY start_after`, [queue]));
  } catch (error) {
    // Another process starting at the same time carried them over and dropped the schema just now.
    if (UNDEFINED_TABLE_OR_SCHEMA.has((error as { code?: string }).code ?? '')) return 0;
    throw error;
  }
  const batch = 1_000;
  for (let start = 0; start < rows.length; start += batch) {
    const jobs = rows.slice(start, start + batch).map((row) => ({ data: row.data, startAfter: new Date(row.startAfter) }));
    await boss.insert(queue, jobs);
  }
  await jobSql.executeSql(`DROP SCHEMA IF EXISTS ${aside} CASCADE`);
  return rows.length;
}
