import { chmodSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { syncFileSchema } from '../../shared/sync/sync-file';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli, STACK_TRACE } from './run-cli';
import { createFlow } from '../../shared/catalog/create-flow';

let server: TestServer;
let token: string;
let api: TenantClient;
const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
const support = createFlow({ profile: 'conversations', name: 'Support hours' });

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Training tenant'));
  api = createTenantClient(createTenantHttp({ baseUrl: server.url, token, fetch: globalThis.fetch }));
  await api.call('createFlow', { body: { document: welcome } });
  await api.call('createFlow', { body: { document: support, folder: 'Support' } });
});
afterAll(() => server?.close());

const env = () => ({ env: { FLOWPACK_TOKEN: token } });

describe('flowpack catalog', () => {
  it('saves the tenant’s catalog as a snapshot that planning reads, and never replaces a file unasked', async () => {
    const folder = makeTempFolder();
    try {
      const file = join(folder.path, 'tenant.catalog.json');
      const run = await runCli(['catalog', '--tenant', server.url, '-o', file], env());
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Saved the catalog of Training tenant \(conversations\): \d+ entities, 2 flows/);
      const snapshot = catalogSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      expect(snapshot.flows.map((flow) => flow.id).sort()).toEqual([welcome.id, support.id].sort());

      const again = await runCli(['catalog', '--tenant', server.url, '-o', file], env());
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/already exists; use --force/);
    } finally {
      folder.remove();
    }
  });
});

describe('tokens never come from the command line', () => {
  it('refuses --token, and says where a token may come from when there is none', async () => {
    const given = await runCli(['catalog', '--tenant', server.url, '--token', token, '-o', 'x.json']);
    expect(given.code).toBe(2);
    expect(given.stderr).toMatch(/--token is not accepted.*FLOWPACK_TOKEN.*--token-file/);
    const none = await runCli(['catalog', '--tenant', server.url, '-o', 'x.json'], { env: { FLOWPACK_TOKEN: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no token/);
  });

  it('reads a token file, warns when others can read it, and reports a refused token without printing it', async () => {
    const folder = makeTempFolder();
    try {
      const tokenFile = join(folder.path, 'token');
      writeFileSync(tokenFile, `${token}\n`);
      chmodSync(tokenFile, 0o644);
      const open = await runCli(['status', '--tenant', server.url, '--token-file', tokenFile, folder.path], { env: { FLOWPACK_TOKEN: '' } });
      expect(open.code).toBe(0);
      if (process.platform !== 'win32') expect(open.stderr).toMatch(/can be read by other users; chmod 600/);

      const wrong = await runCli(['status', '--tenant', server.url, folder.path], { env: { FLOWPACK_TOKEN: `${token}x` } });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).not.toContain(token);
      expect(wrong.stderr).not.toMatch(STACK_TRACE);
    } finally {
      folder.remove();
    }
  });

  it('refuses to send a token unencrypted to another computer', async () => {
    const run = await runCli(['catalog', '--tenant', 'http://flows.example.com', '-o', 'x.json'], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not encrypted: use https/);
  });
});

describe('flowpack pull and status', () => {
  it('pulls every flow, then tracks local and remote changes without overwriting local work unasked', async () => {
    const folder = makeTempFolder();
    try {
      const pulled = await runCli(['pull', '--tenant', server.url, '--all', '-o', folder.path], env());
      expect(pulled.stderr).toBe('');
      expect(pulled.code).toBe(0);
      const welcomeFile = join(folder.path, 'welcome.flow.json');
      const supportFile = join(folder.path, 'support', 'support-hours.flow.json');
      expect(existsSync(welcomeFile) && existsSync(supportFile)).toBe(true);
      expect((JSON.parse(readFileSync(welcomeFile, 'utf8')) as Flow).id).toBe(welcome.id);
      const bindings = syncFileSchema.parse(JSON.parse(readFileSync(join(folder.path, '.flowpack', 'sync.json'), 'utf8')));
      expect(Object.values(bindings.tenants)[0]!.url).toBe(server.url);

      const status = async () => {
        const run = await runCli(['status', '--tenant', server.url, '--json', folder.path], env());
        expect(run.code).toBe(0);
        return Object.fromEntries((JSON.parse(run.stdout) as { flows: { name: string; status: string }[] }).flows.map((flow) => [flow.name, flow.status]));
      };
      expect(await status()).toEqual({ Welcome: 'in-sync', 'Support hours': 'in-sync' });

      // Edited here: status says so, and pull keeps the local file.
      const edited = { ...(JSON.parse(readFileSync(welcomeFile, 'utf8')) as Flow), description: 'Edited offline' };
      writeFileSync(welcomeFile, serializeFlow(edited));
      expect((await status()).Welcome).toBe('local-changes');
      const kept = await runCli(['pull', '--tenant', server.url, welcome.id, '-o', folder.path], env());
      expect(kept.code).toBe(1);
      expect(kept.stderr).toMatch(/kept welcome\.flow\.json: it changed here since the last sync/);
      expect(readFileSync(welcomeFile, 'utf8')).toContain('Edited offline');

      // Edited on the tenant too: both changed. A remote-only change is pulled.
      const { data: current, revision } = await api.call('getFlow', { params: { id: welcome.id } });
      await api.call('updateFlow', { params: { id: welcome.id }, body: { document: { ...current.document, description: 'Edited online' } }, revision });
      const { data: other, revision: otherRevision } = await api.call('getFlow', { params: { id: support.id } });
      await api.call('updateFlow', { params: { id: support.id }, body: { document: { ...other.document, name: 'Support hours (new)' } }, revision: otherRevision });
      expect(await status()).toEqual({ Welcome: 'both-changed', 'Support hours': 'remote-changes' });

      const update = await runCli(['pull', '--tenant', server.url, support.id, '-o', folder.path], env());
      expect(update.code).toBe(0);
      expect(update.stdout).toMatch(/updated support\/support-hours\.flow\.json/);
      expect((await status())['Support hours (new)']).toBe('in-sync');
    } finally {
      folder.remove();
    }
  });
});
