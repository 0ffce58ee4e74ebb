import { readFileSync } from 'node:fs';
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
