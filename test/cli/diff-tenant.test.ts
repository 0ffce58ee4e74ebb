import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { flowContentHash } from '../../shared/format/content-hash';
import { serializeFlow } from '../../shared/format/flow-file';
import { emptySyncFile, recordSync } from '../../shared/sync/sync-file';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli, STACK_TRACE } from './run-cli';

let server: TestServer;
let token: string;
let tenantId: string;
let folder: ReturnType<typeof makeTempFolder>;
let file: string;
const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
const trigger = welcome.nodes[0]!;

beforeAll(async () => {
  server = await startTestServer('pglite');
  const made = await makeTenant(server.database.db, 'Training tenant');
  ({ admin: token } = made);
  tenantId = made.tenant.id;
  const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token, fetch: globalThis.fetch }));
  // Revision 1 is the flow as the file holds it; revision 2 renames its trigger on the tenant.
  const created = await api.call('createFlow', { body: { document: welcome } });
  const renamed = { ...welcome, nodes: welcome.nodes.map((node) => (node.id === trigger.id ? { ...node, name: 'Renamed on the tenant' } : node)) };
  await api.call('updateFlow', { params: { id: welcome.id }, body: { document: renamed }, revision: created.revision! });
  folder = makeTempFolder();
  file = join(folder.path, 'welcome.flow.json');
  writeFileSync(file, serializeFlow(welcome));
});
afterAll(async () => {
  folder?.remove();
  await server?.close();
});

const inFolder = () => ({ cwd: folder.path, env: { FLOWPACK_TOKEN: token } });

describe('flowpack diff --tenant: a file against the tenant’s version', () => {
  it('compares with the current revision: the tenant’s before, the file after; exit 1', async () => {
    const run = await runCli(['diff', file, '--tenant', server.url], inFolder());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`--- ${server.url} flow ${welcome.id} revision 2  "Welcome"`);
    expect(run.stdout).toContain(`      name: "Renamed on the tenant" -> ${JSON.stringify(trigger.name)}\n`);
    expect(run.stdout).not.toContain('two different flows');
  });

  it('compares with an earlier revision given by --revision; the same flow exits 0', async () => {
    const run = await runCli(['diff', file, '--tenant', server.url, '--revision', '1', '--json'], inFolder());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ equal: true, before: { source: `${server.url} flow ${welcome.id} revision 1`, id: welcome.id } });
  });

  it('exits 2 naming what the tenant lacks, or a revision that is not a number', async () => {
    const missing = await runCli(['diff', file, '--tenant', server.url, '--revision', '9'], inFolder());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`the tenant has no revision 9 of the flow ${welcome.id}`);
    expect(missing.stderr).not.toMatch(STACK_TRACE);
    const other = join(folder.path, 'other.flow.json');
    writeFileSync(other, serializeFlow(createFlow({ profile: 'conversations', name: 'Never pushed' })));
    const absent = await runCli(['diff', other, '--tenant', server.url], inFolder());
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/the tenant has no flow [0-9a-f-]{36}\n/);
    for (const args of [['--revision', 'two'], ['--revision', '0'], [file]]) {
      const run = await runCli(['diff', file, '--tenant', server.url, ...args], inFolder());
      expect(run.code, args.join(' ')).toBe(2);
    }
    const withoutTenant = await runCli(['diff', file, file, '--revision', '1']);
    expect(withoutTenant.code).toBe(2);
    expect(withoutTenant.stderr).toContain('--revision is for comparing with a tenant');
  });

  it('finds a flow imported as a copy through the workspace’s sync state, and compares it as the same flow', async () => {
    // given: a local flow with its own id, bound by sync to the tenant's flow
    const copy = { ...welcome, id: '0c2f1a5e-6a55-4a57-9b86-3f4f1b7c9e21' };
    const workspace = join(folder.path, 'bound');
    mkdirSync(join(workspace, '.flowpack'), { recursive: true });
    const local = join(workspace, 'welcome-copy.flow.json');
    writeFileSync(local, serializeFlow(copy));
    const binding = { remoteId: welcome.id, revision: 1, contentHash: flowContentHash(copy), syncedAt: '2026-01-15T09:00:00.000Z' };
    const sync = recordSync(emptySyncFile(), { id: tenantId, url: server.url }, copy.id, binding);
    writeFileSync(join(workspace, '.flowpack/sync.json'), `${JSON.stringify(sync, null, 2)}\n`);
    // then
    const run = await runCli(['diff', local, '--tenant', server.url, '--revision', '1', '--workspace', workspace], inFolder());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`--- ${server.url} flow ${welcome.id} revision 1`);
  });
});
