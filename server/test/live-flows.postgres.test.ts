import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { flowOf } from '../../shared/runtime/test-support/flow-of';
import type { FlowActionResult } from '../../shared/tenant-api/flow-actions';
import type { FlowStats } from '../../shared/tenant-api/flow-stats';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import type { EventResult } from '../../shared/tenant-api/runs';
import { apiClient } from './api-client';
import { startTestServer, TEST_DATABASE_URL } from './test-server';
import type { TestServer } from './test-server';
import { makeTenant } from './tenant-fixtures';

/** Opened -> a message (step `messageId`) -> a question that waits. */
function openedFlow(name: string, messageId: string): Flow {
  const flow = flowOf(
    'conversations',
    [
      ['opened', 'conversationOpened', { channels: [] }],
      [messageId, 'sendMessage', { text: 'Hello!' }],
      ['ask', 'askQuestion', { question: 'Your order number?', answerType: 'number', options: [], invalidAnswerMessage: '', variable: 'order', timeout: 3600 }],
    ],
    [
      ['opened', 'next', messageId],
      [messageId, 'next', 'ask'],
    ],
  );
  return { ...flow, id: crypto.randomUUID(), name };
}

/** Closed -> a message: conversation.opened does not start it. */
function closedFlow(name: string): Flow {
  const flow = flowOf('conversations', [['closed', 'conversationClosed', { categories: [] }], ['bye', 'sendMessage', { text: 'Bye!' }]], [['closed', 'next', 'bye']]);
  return { ...flow, id: crypto.randomUUID(), name };
}

const opened = (id: string) => ({ event: 'conversation.opened', data: { channel: 'WhatsApp' }, subject: { id, name: `Contact ${id}`, fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' } } });

/**
 * A server process keeps the live flows it runs parsed (runs/live-flows.ts) instead of reading
 * every live flow's document for every event. What a user relies on stays: an event runs the
 * flow as it is stored now, whoever changed it; and an event only waits for lifecycle actions
 * on the flows it starts.
 */
const title = TEST_DATABASE_URL ? 'live flows seen by events, PostgreSQL store' : 'live flows seen by events, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer('postgres');
    call = apiClient(server);
    admin = (await makeTenant(server.database.db, 'Live flows tenant')).admin;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function liveFlow(document: Flow): Promise<FlowDetail> {
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await call<FlowActionResult>('POST', `/v1/flows/${created.body.id}/actions/publish`, { token: admin, headers: { 'if-match': '"1"' } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return created.body;
  }
  const send = async (event: unknown) => {
    const res = await call<EventResult>('POST', '/v1/events', { token: admin, body: event });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('an event runs the flow as stored now, even when its document was rewritten behind this process (same revision)', async () => {
    const flow = await liveFlow(openedFlow('Rewritten', 'hello'));
    expect((await send(opened('rewrite-1'))).enrolled.map((r) => r.flowId)).toContain(flow.id);
    // Whatever wrote it (another process, an import, a repair by hand): only the database knows.
    const rewritten = { ...openedFlow('Rewritten', 'greeting'), id: flow.id };
    await server.database.jobSql.executeSql('UPDATE flows SET document = $1 WHERE id = $2', [JSON.stringify(rewritten), flow.id]);
    expect((await send(opened('rewrite-2'))).enrolled.map((r) => r.flowId)).toContain(flow.id);
    const stats = (await call<FlowStats>('GET', `/v1/flows/${flow.id}/stats`, { token: admin })).body;
    expect(stats.steps.hello?.entered).toBe(1);
    expect(stats.steps.greeting?.entered).toBe(1);
  });

  it('an event is not held up by a lifecycle action on a live flow it does not start (stopping a flow with many enrolments ejects them all first)', async () => {
    const started = await liveFlow(openedFlow('Started by opening', 'hello'));
    const other = await liveFlow(closedFlow('Started by closing'));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // What a stop of `other` holds while it ejects its enrolments: the flow's row, FOR UPDATE.
    const action = server.database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT id FROM flows WHERE id = ${other.id} FOR UPDATE`);
      locked();
      await held;
    });
    const watching = { stopped: false };
    try {
      await lockTaken;
      const answered = send(opened('unblocked-1')).then((result) => ({ result }));
      // Either the event is answered, or its transaction is seen waiting for a lock: whichever comes first.
      const blocked = waitUntilBlocked(server, watching).then(() => ({ result: undefined }));
      const { result } = await Promise.race([answered, blocked]);
      expect(result, 'the event waited for the lock on a flow it does not start').toBeDefined();
      expect(result!.enrolled.map((r) => r.flowId)).toContain(started.id);
      expect(result!.enrolled.map((r) => r.flowId)).not.toContain(other.id);
    } finally {
      watching.stopped = true;
      release();
      await action;
    }
  });
});

/** Resolves once a session of the test database waits for a lock; never, once `watching` is stopped. */
async function waitUntilBlocked(server: TestServer, watching: { stopped: boolean }): Promise<void> {
  while (!watching.stopped) {
    const { rows } = await server.database.jobSql.executeSql("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", []);
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise(() => undefined);
}
