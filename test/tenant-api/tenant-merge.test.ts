import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { SummaryCache } from '../../node/services/summary-cache';
import { WorkspaceRoot } from '../../node/services/workspace-root';
import type { HostError } from '../../shared/host/host-error';
import { createTenantHandlers } from '../../node/services/tenant-handlers';
import { testKeychain } from '../../node/services/temp-workspace.testing';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { TENANT_CALLS } from '../../shared/host/tenant-calls';
import { createFlow } from '../../shared/catalog/create-flow';

let server: TestServer;
let token: string;
let appDataDir: string;
let workspace: string;

/** A greeting, a wait of an hour and a goodbye: steps a person and a colleague can each edit. */
function greetingFlow(name: string): Flow {
  const flow = createFlow({ profile: 'conversations', name });
  const trigger = flow.nodes[0]!;
  flow.nodes.push(
    { id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } },
    { id: 'pause', type: 'wait', name: 'Pause', position: { x: 0, y: 300 }, config: { duration: 3600 } },
    { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 450 }, config: { text: 'Bye!' } },
  );
  flow.edges.push(
    { id: 'e1', source: trigger.id, sourcePort: 'next', target: 'greet' },
    { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' },
    { id: 'e3', source: 'pause', sourcePort: 'next', target: 'bye' },
  );
  return flow;
}

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Merge tenant'));
  appDataDir = mkdtempSync(join(tmpdir(), 'flowpack-merge-tenants-'));
  workspace = mkdtempSync(join(tmpdir(), 'flowpack-merge-workspace-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(appDataDir, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

const handlers = () =>
  createTenantHandlers({ appDataDir, box: testKeychain, fetch: globalThis.fetch, clock: () => new Date(), root: new WorkspaceRoot(workspace), summaries: new SummaryCache(), appVersion: 'test', emit: () => undefined });

async function tenantCall(method: string, path: string, body?: unknown, revision?: number) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (revision !== undefined) headers['if-match'] = `"${revision}"`;
  return (await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })).json() as Promise<{ revision: number; document: Flow }>;
}

/** Saves on the tenant as a colleague would: the tenant's current document, edited. */
async function colleagueEdits(id: string, edit: (flow: Flow) => void) {
  const current = await tenantCall('GET', `/v1/flows/${id}`);
  edit(current.document);
  await tenantCall('PUT', `/v1/flows/${id}`, { document: current.document }, current.revision);
}

const nodeOf = (flow: Flow, id: string) => flow.nodes.find((node) => node.id === id)!;

describe('compare three ways and merge (host side, against a real tenant)', () => {
  it('tells my edits from a colleague’s, merges them as chosen, saves with a backup and leaves the flow in sync', async () => {
    // given a flow pulled from the tenant, then edited here (one step) and there (another), and one field on both sides
    const flow = greetingFlow('Greeting');
    await tenantCall('POST', '/v1/flows', { document: flow });
    const { connection } = await handlers()['tenants:add']({ name: 'Merge', url: server.url, token, allowUnprotected: false });
    const { results } = await handlers()['tenants:pull']({ id: connection.id, remoteIds: [flow.id], force: false, folder: '' });
    const path = results[0]!.path!;
    const file = join(workspace, path);
    const mine: Flow = JSON.parse(readFileSync(file, 'utf8'));
    nodeOf(mine, 'greet').config.text = 'Hello from here!';
    nodeOf(mine, 'pause').config.duration = 7200;
    writeFileSync(file, serializeFlow(mine));
    await colleagueEdits(flow.id, (theirs) => {
      nodeOf(theirs, 'bye').config.text = 'Bye from there!';
      nodeOf(theirs, 'pause').config.duration = 1800;
    });

    // when compared
    const compared = await handlers()['tenants:compare']({ id: connection.id, path });
    expect(compared.baseMissing).toBeNull();
    expect(compared.baseRevision).toBe(1);
    expect(compared.threeWay.steps.map(({ id, changedOn }) => [id, changedOn])).toEqual([
      ['greet', 'here'],
      ['pause', 'both'],
      ['bye', 'there'],
    ]);
    // and the canvas draws the same comparison over this copy, every step that differs from the tenant's marked, in the contract's shape
    expect(TENANT_CALLS['tenants:compare'].result.parse(compared).canvas).toEqual({ marks: { greet: 'changed', pause: 'changed', bye: 'changed' }, removed: { steps: [], connections: [] } });

    // then a merge without a choice for the field both changed is refused, and the file is untouched
    const merge = (choices: object) => handlers()['tenants:merge']({ id: connection.id, path, mineHash: compared.mineHash, revision: compared.remoteRevision, baseRevision: compared.baseRevision, choices });
    const refused = (await merge({}).catch((error: unknown) => error)) as HostError;
    expect(refused.code).toBe('INVALID_ARGS');
    expect(refused.message).toContain('config.duration of step pause');
    expect(readFileSync(file, 'utf8')).toContain('Hello from here!');

    // and with it, the merge holds both edits and the choice, on disk (old file kept as a backup) and on the tenant
    const merged = await merge({ fields: { pause: { 'config.duration': 'theirs' } } });
    expect(merged).toEqual({ revision: compared.remoteRevision + 1, sendProblem: null });
    const saved: Flow = JSON.parse(readFileSync(file, 'utf8'));
    expect([nodeOf(saved, 'greet').config.text, nodeOf(saved, 'bye').config.text, nodeOf(saved, 'pause').config.duration]).toEqual(['Hello from here!', 'Bye from there!', 1800]);
    const onTenant = await tenantCall('GET', `/v1/flows/${flow.id}`);
    expect(nodeOf(onTenant.document, 'greet').config.text).toBe('Hello from here!');
    expect(readdirSync(join(workspace, '.flowpack', 'backups'), { recursive: true }).map(String).some((name) => name.includes('greeting'))).toBe(true);
    const rows = (await handlers()['tenants:status']({ id: connection.id })).rows;
    expect(rows.find((row) => row.path === path)?.status).toBe('in-sync');
  });

  it('refuses a merge once the tenant’s flow moved on since the comparison', async () => {
    const flow = greetingFlow('Moving on');
    await tenantCall('POST', '/v1/flows', { document: flow });
    const { connection } = await handlers()['tenants:add']({ name: 'Moving', url: server.url, token, allowUnprotected: false });
    const path = (await handlers()['tenants:pull']({ id: connection.id, remoteIds: [flow.id], force: false, folder: '' })).results[0]!.path!;
    await colleagueEdits(flow.id, (theirs) => void (nodeOf(theirs, 'bye').config.text = 'First'));
    const compared = await handlers()['tenants:compare']({ id: connection.id, path });
    await colleagueEdits(flow.id, (theirs) => void (nodeOf(theirs, 'bye').config.text = 'Second'));
    const refused = (await handlers()['tenants:merge']({ id: connection.id, path, mineHash: compared.mineHash, revision: compared.remoteRevision, baseRevision: compared.baseRevision, choices: {} }).catch((error: unknown) => error)) as HostError;
    expect(refused.code).toBe('CONFLICT');
  });

  it('compares two ways, and says so, when the flow was never synchronised with the tenant', async () => {
    const flow = greetingFlow('Never synced');
    await tenantCall('POST', '/v1/flows', { document: flow });
    const { connection } = await handlers()['tenants:add']({ name: 'Unsynced', url: server.url, token, allowUnprotected: false });
    const local = { ...flow, description: 'Written here' };
    writeFileSync(join(workspace, 'never-synced.flow.json'), serializeFlow(local));
    const compared = await handlers()['tenants:compare']({ id: connection.id, path: 'never-synced.flow.json' });
    expect(compared.baseMissing).toBe('not-synced');
    expect(compared.threeWay.hasBase).toBe(false);
    expect(compared.threeWay.flow.map(({ key, changedOn }) => [key.join('.'), changedOn])).toEqual([['description', 'both']]);
  });
});
