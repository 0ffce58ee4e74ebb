import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli, STACK_TRACE } from './run-cli';
import { createFlow } from '../../shared/catalog/create-flow';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('pglite');
});
afterAll(() => server?.close());

/**
 * A tenant holding one workflow, "Welcome", pulled into a fresh workspace folder: the state
 * `.flowpack/sync.json` remembers (nothing is ever overwritten unasked: on the
 * tenant `If-Match`, from the editor and from the CLI alike).
 */
async function pulledWorkspace(tenantName: string) {
  const { admin } = await makeTenant(server.database.db, tenantName);
  const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
  const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
  await api.call('createFlow', { body: { document: welcome } });
  const folder = makeTempFolder();
  const env = { env: { FLOWPACK_TOKEN: admin } };
  const pulled = await runCli(['pull', '--tenant', server.url, '--all', '-o', folder.path], env);
  expect(pulled.code).toBe(0);
  const file = join(folder.path, 'welcome.flow.json');
  const remote = async () => (await api.call('getFlow', { params: { id: welcome.id } })).data;
  /** A colleague saves the flow on the tenant, with If-Match as every write must. */
  const editOnTenant = async (description: string) => {
    const { data, revision } = await api.call('getFlow', { params: { id: welcome.id } });
    await api.call('updateFlow', { params: { id: welcome.id }, body: { document: { ...data.document, description } }, revision });
  };
  const editHere = (description: string) => writeFileSync(file, serializeFlow({ ...(JSON.parse(readFileSync(file, 'utf8')) as Flow), description }));
  const push = (...extra: string[]) => runCli(['push', folder.path, '--tenant', server.url, '--yes', ...extra], env);
  return { api, welcome, folder, remote, editOnTenant, editHere, push };
}

// The platforms ask before an import replaces a flow: "Importing a flow will override and replace the current
// flow definition" and "Are you sure you want to continue?" (contact-center-import.en.txt). A script cannot be
// asked, so push refuses and names the flow; --force is the answer.
describe('flowpack push never replaces a change made on the tenant unasked', () => {
  it('refuses a flow changed on both sides since the pull, naming it and pointing to status, exit 1, the tenant unchanged; --force replaces it', async () => {
    const { welcome, folder, remote, editOnTenant, editHere, push } = await pulledWorkspace('Colleague tenant');
    try {
      await editOnTenant('Edited online');
      editHere('Edited offline');
      const before = await remote();

      const refused = await push();
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`"Welcome" (${welcome.id}) changed here and on the tenant since the last pull or push (revision 1 then, 2 now)`);
      expect(refused.stderr).toMatch(/nothing was imported: see the differences with "flowpack status --tenant \S+ .+", take the tenant's version with "flowpack pull", or push again with --force/);
      expect(refused.stderr).not.toMatch(STACK_TRACE);
      expect(refused.stdout).not.toMatch(/Server dry-run|Applying/);
      expect(await remote()).toEqual(before);

      const forced = await push('--force');
      expect(forced.code).toBe(0);
      expect(forced.stderr).toMatch(/warning: "Welcome" .* replacing it \(--force\)/);
      const replaced = await remote();
      expect(replaced.revision).toBe(3);
      expect(replaced.document.description).toBe('Edited offline');

      // The push bound the flow at its new revision: the next push goes ahead unasked.
      editHere('Edited offline again');
      expect((await push()).code).toBe(0);
      expect((await remote()).document.description).toBe('Edited offline again');
    } finally {
      folder.remove();
    }
  });

  it('refuses a flow changed only on the tenant, which pushing the pulled copy would undo', async () => {
    const { folder, remote, editOnTenant, push } = await pulledWorkspace('Remote-only tenant');
    try {
      await editOnTenant('Edited online');
      const refused = await push();
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/"Welcome" \(.*\) changed on the tenant since the last pull or push/);
      expect((await remote()).document.description).toBe('Edited online');
    } finally {
      folder.remove();
    }
  });

  it('refuses to create again a flow deleted on the tenant since the pull', async () => {
    const { api, welcome, folder, push } = await pulledWorkspace('Deleting tenant');
    try {
      await api.call('deleteFlow', { params: { id: welcome.id }, revision: 1 });
      const refused = await push();
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`"Welcome" (${welcome.id}) was deleted on the tenant since the last pull or push`);
      expect((await api.call('listFlows')).data.flows).toEqual([]);
    } finally {
      folder.remove();
    }
  });

  it('pushing one pulled file from a tenant folder finds the sync state where pull left it, above the file', async () => {
    const { admin } = await makeTenant(server.database.db, 'Foldered tenant');
    const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
    const onboarding = createFlow({ profile: 'conversations', name: 'Onboarding' });
    await api.call('createFlow', { body: { document: onboarding, folder: 'Sales' } });
    const folder = makeTempFolder();
    const env = { env: { FLOWPACK_TOKEN: admin } };
    try {
      expect((await runCli(['pull', '--tenant', server.url, '--all', '-o', folder.path], env)).code).toBe(0);
      // `pull -o` writes no workspace file; the flow lands in a sub-folder named after the tenant's folder.
      const file = join(folder.path, 'sales', 'onboarding.flow.json');
      writeFileSync(file, serializeFlow({ ...(JSON.parse(readFileSync(file, 'utf8')) as Flow), description: 'Edited offline' }));
      const pushed = await runCli(['push', file, '--tenant', server.url, '--yes'], env);
      expect(pushed.stderr).toBe('');
      expect(pushed.code).toBe(0);
      expect(pushed.stdout).toMatch(/\[1\/1\] updated "Onboarding", revision 2/);
      expect(pushed.stdout).toMatch(/1 local flow bound in \.flowpack\/sync\.json/);
      expect(readdirSync(join(folder.path, 'sales'))).toEqual(['onboarding.flow.json']);
    } finally {
      folder.remove();
    }
  });

  it('pushes a local edit when the tenant copy is as pulled, as before', async () => {
    const { folder, remote, editHere, push } = await pulledWorkspace('Quiet tenant');
    try {
      editHere('Edited offline');
      const pushed = await push();
      expect(pushed.stderr).toBe('');
      expect(pushed.code).toBe(0);
      expect(pushed.stdout).toMatch(/\[1\/1\] updated "Welcome", revision 2/);
      expect((await remote()).document.description).toBe('Edited offline');
    } finally {
      folder.remove();
    }
  });
});

/**
 * A workspace whose one flow adds a tag the tenant does not have yet: pushing it creates the
 * tag, so the tenant stores the flow with the tag's new id, which the file does not hold.
 */
async function workspaceTheTenantFillsIn(tenantName: string) {
  const { admin } = await makeTenant(server.database.db, tenantName);
  const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
  const tagged = createFlow({ profile: 'conversations', name: 'Tag newcomers' });
  tagged.nodes.push({ id: 'tag-them', type: 'updateTags', name: 'Tag them', position: { x: 0, y: 200 }, config: { action: 'add', tags: [{ $ref: 'tag', name: 'Newcomer' }] } });
  tagged.edges.push({ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'tag-them' });
  const folder = makeTempFolder();
  writeFileSync(join(folder.path, 'flowpack.workspace.json'), '{}\n');
  const file = join(folder.path, 'tag-newcomers.flow.json');
  writeFileSync(file, serializeFlow(tagged));
  const env = { env: { FLOWPACK_TOKEN: admin } };
  const remote = async () => (await api.call('getFlow', { params: { id: tagged.id } })).data;
  const editHere = (description: string) => writeFileSync(file, serializeFlow({ ...(JSON.parse(readFileSync(file, 'utf8')) as Flow), description }));
  const push = (...extra: string[]) => runCli(['push', folder.path, '--tenant', server.url, '--yes', ...extra], env);
  const status = () => runCli(['status', '--tenant', server.url, folder.path], env);
  return { api, tagged, folder, file, env, remote, editHere, push, status };
}

describe('after a push the tenant stored differently from the file', () => {
  it('is in sync, says the tenant’s copy differs, and a save of that same copy on the tenant does not refuse the next push', async () => {
    const { api, tagged, folder, file, env, remote, editHere, push, status } = await workspaceTheTenantFillsIn('Filling tenant');
    try {
      expect((await push()).code).toBe(0);
      const stored = await remote();
      expect(stored.document.nodes.find((node) => node.id === 'tag-them')!.config.tags).toEqual([{ $ref: 'tag', id: expect.any(String), name: 'Newcomer' }]);

      const right = await status();
      expect(right.code).toBe(0);
      expect(right.stdout).toMatch(/in sync\s+Tag newcomers/);
      expect(right.stdout).toContain(`the tenant's copy fills in or keeps values the file leaves open; "flowpack pull --tenant ${server.url} -o ${folder.path} ${tagged.id}" brings it into the file`);
      const json = JSON.parse((await runCli(['status', '--tenant', server.url, '--json', folder.path], env)).stdout) as { flows: { status: string; tenantCopyDiffers: boolean }[] };
      expect(json.flows).toEqual([expect.objectContaining({ status: 'in-sync', tenantCopyDiffers: true })]);

      // A colleague opens the flow on the tenant and saves it unchanged: a new revision, the same content.
      await api.call('updateFlow', { params: { id: tagged.id }, body: { document: stored.document }, revision: stored.revision });
      expect((await remote()).revision).toBe(2);
      expect((await status()).stdout).toMatch(/in sync\s+Tag newcomers/);

      editHere('Edited offline');
      const pushed = await push();
      expect(pushed.stderr).toBe('');
      expect(pushed.code).toBe(0);
      expect((await remote())).toMatchObject({ revision: 3, document: { description: 'Edited offline' } });

      // Pull brings the tenant's version, with the tag's id, into the file; then both sides are the same.
      const pulled = await runCli(['pull', '--tenant', server.url, '-o', folder.path, tagged.id], env);
      expect(pulled.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('"id": ');
      const after = await status();
      expect(after.stdout).toMatch(/in sync\s+Tag newcomers/);
      expect(after.stdout).not.toContain("the tenant's copy");
    } finally {
      folder.remove();
    }
  });
});
