import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import type { Pack } from '../../shared/pack/pack-schema';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { onboardingPack } from '../../server/test/import-fixtures';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, runCli } from './run-cli';

/** The onboarding pack whose tag step adds `name`, written to a file in `folder`. */
function packFileAddingTag(folder: string, name: string): string {
  const pack: Pack = onboardingPack();
  (pack.flows[0] as Flow).nodes[1]!.config.tags = [{ $ref: 'tag', name }];
  const path = join(folder, `tag-${name}.flowpack`);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

// pipeline-export.pt.txt: "Se a organização que está importando o fluxo já possui uma tag com o nome
// exatamente igual à que está na configuração da automação importada, ela será utilizada, e não será criada uma nova."
describe('flowpack plan and push match tags by exactly the same name', () => {
  const temp = makeTempFolder();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => {
    await server?.close();
    temp.remove();
  });

  it('plan, offline: a pack\'s "VIP" is created beside the tenant\'s "vip"; a pack\'s "vip" uses it', async () => {
    const catalog = join(temp.path, 'vip.catalog.json');
    writeFileSync(catalog, JSON.stringify({ format: 'flowpack.catalog', version: 1, tenant: { id: 't', name: 'Acme', profile: 'pipeline' }, entities: { tag: [{ id: 'tag-1', name: 'vip' }] } }));
    const [upper, lower] = await Promise.all([
      runCli(['plan', packFileAddingTag(temp.path, 'VIP'), '--catalog', catalog]),
      runCli(['plan', packFileAddingTag(temp.path, 'vip'), '--catalog', catalog]),
    ]);
    expect(upper.stdout).toContain('Creates tag "VIP".');
    expect(lower.stdout).toContain('Uses the tenant\'s tag "vip" (same name).');
    expect(lower.stdout).not.toContain('Creates tag');
  });

  it('push: the tenant creates "VIP" as the preview said, "vip" stays as it was, and a second push reuses the flow\'s metric field', async () => {
    const { admin } = await makeTenant(server.database.db, 'CLI tag tenant', 'pipeline');
    const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
    const { data: vip } = await api.call('createTag', { body: { name: 'vip' } });
    const env = { env: { FLOWPACK_TOKEN: admin } };
    const pack = packFileAddingTag(temp.path, 'VIP');

    const first = await runCli(['push', pack, '--tenant', server.url, '--yes', '--workspace', temp.path], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Creates tag "VIP".');
    const { data: catalog } = await api.call('getCatalog');
    expect(catalog.entities.tag.map((tag) => tag.name).sort()).toEqual(['VIP', 'vip']);
    expect(catalog.entities.tag).toContainEqual({ id: vip.id, name: 'vip' });

    const second = await runCli(['push', pack, '--tenant', server.url, '--yes', '--workspace', temp.path], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Uses this flow\'s metric field "Days to go live" of the tenant.');
    expect(second.stdout).not.toContain('Creates the metric field');
    const { data: after } = await api.call('getCatalog');
    expect(after.entities).toEqual(catalog.entities);
  });
});
