import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import { diffFlows, isEmptyDiff } from '../../shared/sync/flow-diff';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { runCli, STACK_TRACE } from './run-cli';

let server: TestServer;
let token: string;
let api: TenantClient;
const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
const trigger = welcome.nodes[0]!;
/** Revision 2: a person adds a wait after the trigger. */
const withWait: Flow = {
  ...welcome,
  nodes: [...welcome.nodes, { id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 160 }, config: { duration: 86400 } }],
  edges: [{ id: 'to-wait', source: trigger.id, sourcePort: 'next', target: 'wait-1' }],
};
/** Revision 3: the admin token renames the trigger. */
const renamed: Flow = { ...withWait, nodes: withWait.nodes.map((node) => (node.id === trigger.id ? { ...node, name: 'Renamed trigger' } : node)) };

const asAdmin = () => ({ env: { FLOWPACK_TOKEN: token } });

beforeAll(async () => {
  server = await startTestServer('pglite');
  const made = await makeTenant(server.database.db, 'Training tenant');
  token = made.admin;
  api = createTenantClient(createTenantHttp({ baseUrl: server.url, token, fetch: globalThis.fetch }));
  const ada = await makePerson(server.database.db, made.tenant.id, 'admin', 'Ada Lovelace');
  const asAda = createTenantClient(createTenantHttp({ baseUrl: server.url, token: ada.token, fetch: globalThis.fetch }));
  const first = await api.call('createFlow', { body: { document: welcome } });
  const second = await asAda.call('updateFlow', { params: { id: welcome.id }, body: { document: withWait }, revision: first.revision! });
  await api.call('updateFlow', { params: { id: welcome.id }, body: { document: renamed }, revision: second.revision! });
});
afterAll(async () => {
  await server?.close();
});

describe('flowpack revisions: who saved each revision, when, and what it changed', () => {
  it('lists newest first with the person (else the token label) and counts against the revision before', async () => {
    const run = await runCli(['revisions', welcome.id, '--tenant', server.url], asAdmin());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['3', '2', '1']);
    expect(lines[0]).toContain('first admin token');
    expect(lines[0]).toContain('1 step changed');
    expect(lines[1]).toMatch(/Ada Lovelace <ada\.lovelace\.\w+@example\.com>/);
    expect(lines[1]).toContain('1 step added, 1 connection added');
    expect(lines[2]).toContain('first revision kept');
  });

  it('--json: one document with each revision’s counts; the first has none', async () => {
    const run = await runCli(['revisions', welcome.id, '--tenant', server.url, '--json'], asAdmin());
    expect(run.code).toBe(0);
    const { flowId, revisions } = JSON.parse(run.stdout);
    expect(flowId).toBe(welcome.id);
    expect(revisions.map((entry: { revision: number }) => entry.revision)).toEqual([3, 2, 1]);
    expect(revisions[1]).toMatchObject({ name: 'Welcome', by: expect.stringContaining('Ada Lovelace'), changes: { stepsAdded: 1, connectionsAdded: 1, stepsRemoved: 0, stepsChanged: 0 } });
    expect(revisions[0].by).toEqual(expect.any(String));
    expect(revisions[0].changes).toMatchObject({ stepsChanged: 1, stepsAdded: 0 });
    expect(revisions[2]).toMatchObject({ revision: 1, changes: null, createdAt: expect.any(String) });
  });

  it('exits 2 naming a flow the tenant lacks', async () => {
    const missing = '0c2f1a5e-6a55-4a57-9b86-3f4f1b7c9e21';
    const run = await runCli(['revisions', missing, '--tenant', server.url], asAdmin());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the tenant has no flow ${missing}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('flowpack restore: an earlier revision as a new one', () => {
  it('without a terminal and without --yes, refuses and changes nothing', async () => {
    const run = await runCli(['restore', welcome.id, '--revision', '1', '--tenant', server.url], asAdmin());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no terminal to ask: run again with --yes');
    expect((await api.call('getFlow', { params: { id: welcome.id } })).data.revision).toBe(3);
  });

  it('an unknown revision exits 2 naming it, and changes nothing', async () => {
    const run = await runCli(['restore', welcome.id, '--revision', '9', '--tenant', server.url, '--yes'], asAdmin());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the tenant has no revision 9 of the flow ${welcome.id}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    for (const bad of ['0', 'two']) expect((await runCli(['restore', welcome.id, '--revision', bad, '--tenant', server.url, '--yes'], asAdmin())).code).toBe(2);
    expect((await api.call('getFlow', { params: { id: welcome.id } })).data.revision).toBe(3);
  });

  it('--yes makes a new revision whose document is revision 1’s; the revisions in between stay', async () => {
    const run = await runCli(['restore', welcome.id, '--revision', '1', '--tenant', server.url, '--yes', '--json'], asAdmin());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ flowId: welcome.id, restored: 1, previous: 3, revision: 4, changes: { stepsRemoved: 1, connectionsRemoved: 1, stepsChanged: 1 } });
    const restored = (await api.call('getRevision', { params: { id: welcome.id, revision: 4 } })).data.document;
    const original = (await api.call('getRevision', { params: { id: welcome.id, revision: 1 } })).data.document;
    expect(isEmptyDiff(diffFlows(original, restored))).toBe(true);
    expect((await api.call('listRevisions', { params: { id: welcome.id } })).data.revisions.map((entry) => entry.revision)).toEqual([4, 3, 2, 1]);
  });

  // conversations-workflows.es.txt: "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo."
  it('a published workflow refuses the restore as any save: exit 1 with the tenant’s reason, no new revision', async () => {
    const flow = createFlow({ profile: 'conversations', name: 'Published one' });
    const created = await api.call('createFlow', { body: { document: flow } });
    const edited = await api.call('updateFlow', { params: { id: flow.id }, body: { document: { ...flow, description: 'Edited' } }, revision: created.revision! });
    await api.call('flowAction', { params: { id: flow.id, action: 'publish' }, revision: edited.revision! });
    const run = await runCli(['restore', flow.id, '--revision', '1', '--tenant', server.url, '--yes'], asAdmin());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not restored:');
    expect(run.stderr).toContain('is published: stop it before changing it');
    const after = (await api.call('getFlow', { params: { id: flow.id } })).data;
    expect(after).toMatchObject({ status: 'published' });
    expect(after.revision).toBe(edited.data.revision);
  });

  it('a change saved by someone else between reading and saving is refused, not overwritten: exit 1, the tenant’s reason', async () => {
    const flow = createFlow({ profile: 'conversations', name: 'Raced' });
    const created = await api.call('createFlow', { body: { document: flow } });
    const theirs = await api.call('updateFlow', { params: { id: flow.id }, body: { document: { ...flow, description: 'First edit' } }, revision: created.revision! });
    // given: someone saves the flow just as restore sends its update (after it read revision 2)
    const realFetch = globalThis.fetch;
    let raced = false;
    vi.stubGlobal('fetch', async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        await api.call('updateFlow', { params: { id: flow.id }, body: { document: { ...flow, description: 'Saved meanwhile' } }, revision: theirs.revision! });
      }
      return realFetch(input, init);
    });
    vi.stubEnv('FLOWPACK_TOKEN', token);
    const stderr: string[] = [];
    try {
      // when
      const code = await main(['restore', flow.id, '--revision', '1', '--tenant', server.url, '--yes'], { stdout: () => undefined, stderr: (text) => void stderr.push(text) });
      // then
      expect(raced).toBe(true);
      expect(code).toBe(1);
    } finally {
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
    }
    expect(stderr.join('')).toMatch(/not restored: .*revision 3/);
    const after = (await api.call('getFlow', { params: { id: flow.id } })).data;
    expect(after.revision).toBe(3);
    expect(after.document.description).toBe('Saved meanwhile');
  });
});
