import { describe, expect, it } from 'vitest';
import { storeBefore } from '../test/migrations-before';

describe('migration 0015 (waiting counters) on a store whose flows have runs', () => {
  it('counts the runs waiting at each step now, beside the counters the runs kept, and counts no ended run; drops the index of runs by waiting step', async () => {
    // given a store at migration 0014 with runs waiting at two steps of one flow, one at a step of another, and an ended run
    const { client, upgrade } = await storeBefore('0015_waiting_counters');
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'conversations', '{}', now());
      INSERT INTO flow_step_counts (tenant_id, flow_id, node_id, measure, count) VALUES ('t1', 'f1', 'ask', 'entered', 7), ('t1', 'f1', 'ask', 'ended', 2);
    `);
    const runs: [string, string, string, string | null][] = [
      ['r1', 'f1', 'waiting', 'ask'],
      ['r2', 'f1', 'waiting', 'ask'],
      ['r3', 'f1', 'waiting', 'wait-a-day'],
      ['r4', 'f1', 'ended', null],
      ['r5', 'f2', 'waiting', 'menu'],
    ];
    for (const [id, flowId, status, waitingNode] of runs) {
      await client.query(
        `INSERT INTO flow_runs (tenant_id, id, flow_id, subject_id, status, waiting_node, state, started_at, updated_at) VALUES ('t1', $1, $2, $1, $3, $4, '{}', now(), now())`,
        [id, flowId, status, waitingNode],
      );
    }

    // when the server starts with this version's migrations
    await upgrade();

    // then each step's waiting runs are its counter, and the counters the runs kept are as they were
    const { rows } = await client.query<{ flow_id: string; node_id: string; measure: string; count: string }>(
      'SELECT flow_id, node_id, measure, count FROM flow_step_counts ORDER BY flow_id, node_id, measure',
    );
    expect(rows.map((row) => [row.flow_id, row.node_id, row.measure, Number(row.count)])).toEqual([
      ['f1', 'ask', 'ended', 2],
      ['f1', 'ask', 'entered', 7],
      ['f1', 'ask', 'waiting', 2],
      ['f1', 'wait-a-day', 'waiting', 1],
      ['f2', 'menu', 'waiting', 1],
    ]);
    // and the index of runs by the step they wait at, which nothing reads now, is gone
    const indexes = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'flow_runs' ORDER BY indexname");
    expect(indexes.rows.map((row) => row.indexname)).not.toContain('flow_runs_waiting_step');
    expect(indexes.rows.map((row) => row.indexname)).toContain('flow_runs_one_enrolment');
    await client.close();
  });
});
