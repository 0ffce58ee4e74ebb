import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { REPO_ROOT, makeTempFolder, runCli, STACK_TRACE } from './run-cli';
import { createFlow } from '../../shared/catalog/create-flow';

// Every write of the CLI goes through the app's atomic writer, and the workspace's own state
// (`.flowpack/`) is reached only as the app reaches it: never through a link.

const PIPELINE = join(REPO_ROOT, 'test/fixtures/export/pipeline-rules.flow.json');

/** Every entry under `folder` with its content, to show a run left it exactly as it was. */
function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(folder, name);
    entries[name] = statSync(path).isDirectory() ? '(folder)' : readFileSync(path, 'utf8');
  }
  return entries;
}

/** A workspace folder and, beside it, a folder outside it that holds something of its own. */
function workspaceAndOutside() {
  const workspace = makeTempFolder();
  const outside = makeTempFolder();
  writeFileSync(join(outside.path, 'keep.flow.json'), 'not the workspace’s\n');
  mkdirSync(join(outside.path, 'reports'));
  return {
    workspace: workspace.path,
    outside: outside.path,
    remove: () => {
      workspace.remove();
      outside.remove();
    },
  };
}

describe('flowpack export writes the pack atomically', () => {
  it('replaces a pack with --force by a new file, never by truncating the old one in place, and keeps its mode', async () => {
    const temp = makeTempFolder();
    try {
      const out = join(temp.path, 'course.flowpack');
      writeFileSync(out, 'the pack a student already has\n');
      chmodSync(out, 0o640);
      // A second name for the same file: a write in place would show through it.
      const otherName = join(temp.path, 'shared-copy.flowpack');
      linkSync(out, otherName);

      const run = await runCli(['export', PIPELINE, '-o', out, '--force']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('"format": "flowpack.pack"');
      expect(readFileSync(otherName, 'utf8')).toBe('the pack a student already has\n');
      if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o640);
      expect(readdirSync(temp.path).sort()).toEqual(['course.flowpack', 'shared-copy.flowpack']);
    } finally {
      temp.remove();
    }
  });

  it('never makes a missing output folder: a mistyped folder is an error, and nothing is written', async () => {
    const temp = makeTempFolder();
    try {
      const out = join(temp.path, 'missing', 'course.flowpack');
      const run = await runCli(['export', PIPELINE, '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`flowpack: ${out}: cannot write: no such file or directory\n`);
      expect(readdirSync(temp.path)).toEqual([]);
    } finally {
      temp.remove();
    }
  });
});

describe('flowpack plan never reads the workspace state through a link', () => {
  it('refuses a linked .flowpack/bindings.json, naming it', async () => {
    const { workspace, outside, remove } = workspaceAndOutside();
    try {
      mkdirSync(join(workspace, '.flowpack'));
      writeFileSync(join(outside, 'bindings.json'), '{"format": "flowpack.bindings", "version": 1, "tenants": {}}\n');
      symlinkSync(join(outside, 'bindings.json'), join(workspace, '.flowpack', 'bindings.json'));
      const fixtures = join(REPO_ROOT, 'test/fixtures/import');
      const run = await runCli(['plan', join(fixtures, 'packs/contact-center-sales.flowpack'), '--catalog', join(fixtures, 'catalogs/contact-center.catalog.json'), '--workspace', workspace]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"\.flowpack\/bindings\.json" is a symbolic link; the workspace's own state is never used through a link, so nothing was changed/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    } finally {
      remove();
    }
  });
});

describe('flowpack pull and push with the workspace state', () => {
  let server: TestServer;
  let token: string;
  let api: ReturnType<typeof createTenantClient>;
  const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
  const env = () => ({ env: { FLOWPACK_TOKEN: token } });

  beforeAll(async () => {
    server = await startTestServer('pglite');
    ({ admin: token } = await makeTenant(server.database.db, 'Files tenant'));
    api = createTenantClient(createTenantHttp({ baseUrl: server.url, token, fetch: globalThis.fetch }));
    await api.call('createFlow', { body: { document: welcome } });
  });
  afterAll(() => server?.close());

  it('pull --force keeps the replaced local version as a backup, as a save in the editor does', async () => {
    const temp = makeTempFolder();
    try {
      expect((await runCli(['pull', '--tenant', server.url, welcome.id, '-o', temp.path], env())).code).toBe(0);
      const file = join(temp.path, 'welcome.flow.json');
      const mine = serializeFlow({ ...(JSON.parse(readFileSync(file, 'utf8')) as Flow), description: 'My offline work' });
      writeFileSync(file, mine);
      chmodSync(file, 0o600);

      const run = await runCli(['pull', '--tenant', server.url, welcome.id, '-o', temp.path, '--force'], env());
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('updated welcome.flow.json');
      expect(run.stdout).toContain('the local version is kept in .flowpack/backups/welcome.flow.json/');
      expect(readFileSync(file, 'utf8')).not.toContain('My offline work');
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      const backups = readdirSync(join(temp.path, '.flowpack', 'backups', 'welcome.flow.json'));
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(temp.path, '.flowpack', 'backups', 'welcome.flow.json', backups[0]!), 'utf8')).toBe(mine);
      // Nothing but the flow and the state: no temporary file is left beside them.
      expect(readdirSync(temp.path).sort()).toEqual(['.flowpack', 'welcome.flow.json']);
    } finally {
      temp.remove();
    }
  });

  it('pull refuses a linked .flowpack/ folder, naming it, and writes nothing there or in the workspace', async () => {
    const { workspace, outside, remove } = workspaceAndOutside();
    try {
      symlinkSync(outside, join(workspace, '.flowpack'));
      const before = snapshot(outside);
      const run = await runCli(['pull', '--tenant', server.url, '--all', '-o', workspace], env());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"\.flowpack" is a symbolic link; the workspace's own state is never used through a link, so nothing was changed/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(snapshot(outside)).toEqual(before);
      expect(readdirSync(workspace)).toEqual(['.flowpack']);
    } finally {
      remove();
    }
  });

  it('status refuses a linked .flowpack/sync.json, naming it', async () => {
    const { workspace, outside, remove } = workspaceAndOutside();
    try {
      mkdirSync(join(workspace, '.flowpack'));
      writeFileSync(join(outside, 'sync.json'), '{"format": "flowpack.sync", "version": 1, "tenants": {}}\n');
      symlinkSync(join(outside, 'sync.json'), join(workspace, '.flowpack', 'sync.json'));
      const run = await runCli(['status', '--tenant', server.url, workspace], env());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"\.flowpack\/sync\.json" is a symbolic link/);
    } finally {
      remove();
    }
  });

  it('push with a linked reports folder is refused before the tenant changes, and writes nothing outside', async () => {
    const { workspace, outside, remove } = workspaceAndOutside();
    try {
      writeFileSync(join(workspace, 'flowpack.workspace.json'), '{}\n');
      writeFileSync(join(workspace, 'intake.flow.json'), serializeFlow(createFlow({ profile: 'conversations', name: 'Intake' })));
      mkdirSync(join(workspace, '.flowpack'));
      symlinkSync(join(outside, 'reports'), join(workspace, '.flowpack', 'reports'));
      const before = snapshot(outside);
      const run = await runCli(['push', join(workspace, 'intake.flow.json'), '--tenant', server.url, '--yes'], env());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"\.flowpack\/reports" is a symbolic link/);
      expect(run.stderr).not.toMatch(/the import was applied/);
      expect(run.stdout).not.toMatch(/Applying/);
      const { data } = await api.call('listFlows');
      expect(data.flows.map((flow) => flow.name)).not.toContain('Intake');
      expect(snapshot(outside)).toEqual(before);
      expect(existsSync(join(outside, 'reports')) && readdirSync(join(outside, 'reports'))).toEqual([]);
    } finally {
      remove();
    }
  });
});
