import { sql } from 'drizzle-orm';
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolWaitingRuns } from '../test/run-fixtures';
import { freshDatabase, TEST_DATABASE_URL } from '../test/test-server';
import type { TestStore } from '../test/test-server';
import { makeTenant } from '../test/tenant-fixtures';
import type { Database } from './database';
import { enrolledAlready, enrolledAlreadyQuery, lockWaitingRunsOf, lockWaitingRunsQuery } from './run-store';

const WAITING = 3000;

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows the statement read and threw away, over every node of its executed plan. */
function rowsDiscarded(node: PlanNode): number {
  const own = ((node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Join Filter'] ?? 0)) * node['Actual Loops'];
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsDiscarded(child), 0);
}

function scans(node: PlanNode): string[] {
  return [node['Node Type'], ...(node.Plans ?? []).flatMap(scans)].filter((type) => type.endsWith('Scan'));
}

/**
 * Every event looks up its subjects' runs: are they enrolled in the flows the event starts, and
 * which of their runs wait for it. A tenant with thousands of contacts waiting must not pay for
 * them on each event, and that must hold on a store whose tables the database has not analysed
 * yet (a new store, the first minutes of a busy tenant), where `IN` lists were planned as a
 * filter over every waiting run of the tenant.
 */
const stores: TestStore[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
describe.each(stores)('the event path looks up only its own subjects’ runs (%s)', (store) => {
  let database: Database;
  let tenantId: string;
  const flowA = 'flow-a';
  const flowB = 'flow-b';

  beforeAll(async () => {
    database = await freshDatabase(store);
    tenantId = (await makeTenant(database.db, 'Busy tenant')).tenant.id;
    await enrolWaitingRuns(database.db, tenantId, flowA, WAITING, 'ask', 'a');
    await enrolWaitingRuns(database.db, tenantId, flowB, WAITING, 'ask', 'b');
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  async function executedPlan(query: SQLWrapper): Promise<PlanNode> {
    return database.db.transaction(async (tx) => {
      const answer = (await tx.execute(sql`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`)) as unknown as { rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[] };
      return answer.rows[0]!['QUERY PLAN'][0].Plan;
    });
  }

  const enrolments = [
    { flowId: flowA, subjectId: 'a-1' },
    { flowId: flowA, subjectId: 'b-2' },
    { flowId: flowB, subjectId: 'b-3' },
    { flowId: flowB, subjectId: 'someone-new' },
  ];

  it('finds which subjects are enrolled in which flows', async () => {
    const found = await enrolledAlready(database.db, tenantId, enrolments);
    expect([...found].sort()).toEqual([`${flowA}\u0000a-1`, `${flowB}\u0000b-3`]);
  });

  it('reads an index entry per enrolment asked about, not the tenant’s waiting runs', async () => {
    const plan = await executedPlan(enrolledAlreadyQuery(database.db, tenantId, enrolments));
    expect(rowsDiscarded(plan)).toBe(0);
    expect(scans(plan)).not.toContain('Seq Scan');
  });

  it('locks the subjects’ waiting runs, in the order they started', async () => {
    const runs = await database.db.transaction((tx) => lockWaitingRunsOf(tx, tenantId, ['b-7', 'a-7', 'someone-new', 'a-7']));
    expect(runs.map((run) => [run.flowId, run.subjectId, run.state.waiting?.nodeId])).toEqual([
      [flowA, 'a-7', 'ask'],
      [flowB, 'b-7', 'ask'],
    ]);
  });

  it('reads only those subjects’ waiting runs to lock them', async () => {
    const plan = await executedPlan(lockWaitingRunsQuery(database.db, tenantId, ['b-7', 'a-7', 'someone-new']));
    expect(rowsDiscarded(plan)).toBe(0);
    expect(scans(plan)).not.toContain('Seq Scan');
  });
});
