import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { onboardingPack } from '../../server/test/import-fixtures';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli } from './run-cli';

const PACK = 'test/fixtures/import/packs/pipeline-onboarding.flowpack';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('pglite');
});
afterAll(() => server?.close());

describe('flowpack push - (a pack from standard input)', () => {
  it('imports the piped pack as it would the file', async ({ expect }) => {
    const { admin } = await makeTenant(server.database.db, 'Stdin tenant', 'pipeline');
    const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
    const folder = makeTempFolder();
    try {
      const run = await runCli(['push', '-', '--tenant', server.url, '--yes', '--workspace', folder.path], { env: { FLOWPACK_TOKEN: admin }, input: readFileSync(PACK) });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const names = (await api.call('listFlows')).data.flows.map((flow) => flow.name).sort();
      expect(names).toEqual(onboardingPack().flows.map((flow) => flow.name).sort());
    } finally {
      folder.remove();
    }
  });
});

describe('--json on the tenant commands', () => {
  it('catalog --json summarises the snapshot it saved; pull --json says what became of each flow', async ({ expect }) => {
    const { admin } = await makeTenant(server.database.db, 'Json tenant', 'pipeline');
    const env = { env: { FLOWPACK_TOKEN: admin } };
    const folder = makeTempFolder();
    try {
      const pushed = await runCli(['push', PACK, '--tenant', server.url, '--yes', '--workspace', folder.path], env);
      expect(pushed.code).toBe(0);

      const snapshot = join(folder.path, 'tenant.catalog.json');
      const catalog = await runCli(['catalog', '--tenant', server.url, '-o', snapshot, '--json'], env);
      expect(catalog.code).toBe(0);
      const saved = JSON.parse(readFileSync(snapshot, 'utf8'));
      expect(JSON.parse(catalog.stdout)).toEqual({ path: snapshot, tenant: { name: 'Json tenant', profile: 'pipeline' }, entities: expect.any(Number), flows: saved.flows.length });

      const target = join(folder.path, 'pulled');
      const pull = await runCli(['pull', '--tenant', server.url, '--all', '-o', target, '--json'], env);
      expect(pull.code).toBe(0);
      const result = JSON.parse(pull.stdout);
      expect(result.tenant).toMatchObject({ name: 'Json tenant', url: server.url });
      expect(result.flows.map((flow: { name: string }) => flow.name).sort()).toEqual(onboardingPack().flows.map((flow) => flow.name).sort());
      for (const flow of result.flows) {
        expect(flow).toMatchObject({ action: 'created', revision: expect.any(Number), reason: null });
        expect(JSON.parse(readFileSync(flow.path, 'utf8')).name).toBe(flow.name);
      }
      // A second pull finds the files unchanged: each updated in place.
      const again = JSON.parse((await runCli(['pull', '--tenant', server.url, '--all', '-o', target, '--json'], env)).stdout);
      expect(again.flows.map((flow: { action: string }) => flow.action)).toEqual(result.flows.map(() => 'updated'));
    } finally {
      folder.remove();
    }
  });

  it('push --json is one document: the dry-run alone with --dry-run, then the applied report and its saved file', async ({ expect }) => {
    const { admin } = await makeTenant(server.database.db, 'Json push tenant', 'pipeline');
    const env = { env: { FLOWPACK_TOKEN: admin } };
    const folder = makeTempFolder();
    try {
      const dry = await runCli(['push', PACK, '--tenant', server.url, '--dry-run', '--workspace', folder.path, '--json'], env);
      expect(dry.code).toBe(0);
      const preview = JSON.parse(dry.stdout);
      expect(preview).toMatchObject({ applied: null, reportFile: null, bound: 0, signature: { status: expect.any(String) } });
      expect(preview.dryRun.flows).toHaveLength(onboardingPack().flows.length);
      expect(preview.plan.summary.errors).toBe(0);

      const run = await runCli(['push', PACK, '--tenant', server.url, '--yes', '--workspace', folder.path, '--json'], env);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.applied.flows).toHaveLength(onboardingPack().flows.length);
      expect(JSON.parse(readFileSync(result.reportFile, 'utf8')).report.id).toBe(result.applied.id);
    } finally {
      folder.remove();
    }
  });
});
