import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { syncFileSchema } from '../../shared/sync/sync-file';
import { importReportSchema } from '../../shared/tenant-api/imports';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { onboardingPack, tamperedPack } from '../../server/test/import-fixtures';
import { makeTenant, makeToken } from '../../server/test/tenant-fixtures';
import type { Profile } from '../../shared/format/profiles';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { makeTempFolder, REPO_ROOT, runCli, STACK_TRACE } from './run-cli';
import { createFlow } from '../../shared/catalog/create-flow';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('pglite');
});
afterAll(() => server?.close());

/** A tenant of its own per test (pipeline unless said), and its flows as the API lists them. */
async function freshTenant(name: string, scopes?: TokenScope[], profile: Profile = 'pipeline') {
  const { admin, tenant } = await makeTenant(server.database.db, name, profile);
  const api = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
  const flows = async () => (await api.call('listFlows')).data.flows;
  const token = scopes ? (await makeToken(server.database.db, tenant.id, scopes)).token : admin;
  return { env: { env: { FLOWPACK_TOKEN: token } }, flows, api };
}

/** A workspace folder with two pipeline flows. */
function workspaceWithFlows() {
  const folder = makeTempFolder();
  writeFileSync(join(folder.path, 'flowpack.workspace.json'), '{}\n');
  const flows = [createFlow({ profile: 'pipeline', name: 'Intake' }), createFlow({ profile: 'pipeline', name: 'Follow-up' })];
  mkdirSync(join(folder.path, 'sales'));
  flows.forEach((flow, index) => writeFileSync(join(folder.path, 'sales', `flow-${index}.flow.json`), serializeFlow(flow)));
  return { folder, flows };
}

function packFile(folder: string, pack: unknown): string {
  const path = join(folder, 'push.flowpack');
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

describe('flowpack push', () => {
  it('deploys local flows as they are, previews, dry-runs, applies with --yes, saves the report and binds the flows', async () => {
    const tenant = await freshTenant('Push tenant');
    const { folder, flows } = workspaceWithFlows();
    try {
      const run = await runCli(['push', join(folder.path, 'sales'), '--tenant', server.url, '--yes', '--folder', 'Sales'], tenant.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Deploying 2 flows as their files hold them \(nothing removed\)/);
      expect(run.stdout).toMatch(/Plan: pack "sales" \(pipeline\) into tenant "Push tenant"/);
      expect(run.stdout).toMatch(/Server dry-run: 2 create, 0 update/);
      // Each flow as the tenant writes it, then what the committed import did.
      expect(run.stdout).toMatch(/ {2}\[1\/2\] written: (Intake|Follow-up)\n {2}\[2\/2\] written: (Intake|Follow-up)\n {2}all 2 written; committing\.\.\.\n/);
      expect(run.stdout).toMatch(/\[1\/2\] created "(Intake|Follow-up)", revision 1\n\[2\/2\] created/);
      const saved = /Report saved to (\S+\.json); 2 local flows bound/.exec(run.stdout)?.[1];
      expect(saved).toBeDefined();

      const remote = await tenant.flows();
      expect(remote.map((flow) => flow.id).sort()).toEqual(flows.map((flow) => flow.id).sort());
      expect(remote.every((flow) => flow.folder === 'Sales' && flow.status === 'draft')).toBe(true);
      const reports = readdirSync(join(folder.path, '.flowpack', 'reports'));
      expect(reports).toHaveLength(1);
      // Named as the app names its push reports (milliseconds included), so both list the same folder alike.
      expect(reports[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-push\.json$/);
      const stored = JSON.parse(readFileSync(join(folder.path, '.flowpack', 'reports', reports[0]!), 'utf8')) as { tenant: { url: string }; report: unknown };
      expect(importReportSchema.parse(stored.report).applied).toBe(true);
      expect(JSON.stringify(stored)).not.toContain(tenant.env.env.FLOWPACK_TOKEN);
      const sync = syncFileSchema.parse(JSON.parse(readFileSync(join(folder.path, '.flowpack', 'sync.json'), 'utf8')));
      const bound = Object.values(sync.tenants)[0]!.flows;
      expect(Object.keys(bound).sort()).toEqual(flows.map((flow) => flow.id).sort());
      expect(Object.values(bound).every((binding) => binding.revision === 1)).toBe(true);

      const status = await runCli(['status', '--tenant', server.url, folder.path], tenant.env);
      expect(status.stdout.match(/in sync/g)).toHaveLength(2);
    } finally {
      folder.remove();
    }
  });

  it('keeps the choices made for a tenant in .flowpack/bindings.json by step and field, and the next push starts from them though the step moved', async () => {
    const tenant = await freshTenant('Bound tenant');
    const { data: onboarding } = await tenant.api.call('createTag', { body: { name: 'Onboarding' } });
    const folder = makeTempFolder();
    try {
      writeFileSync(join(folder.path, 'flowpack.workspace.json'), '{}\n');
      // The example's trigger and its tagging step, whose tag "New client" this tenant does not have.
      const flow = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/pipeline/client-onboarding.flow.json'), 'utf8')) as Flow;
      flow.nodes = flow.nodes.slice(0, 2);
      flow.edges = flow.edges.filter((edge) => edge.source === flow.nodes[0]!.id && edge.target === flow.nodes[1]!.id);
      delete flow.entities.metric;
      const file = join(folder.path, 'tagging.flow.json');
      writeFileSync(file, serializeFlow(flow));
      const decisions = join(folder.path, 'decisions.json');
      writeFileSync(decisions, JSON.stringify({ references: [{ flowId: flow.id, path: ['nodes', 1, 'config', 'tags', 0], entityId: onboarding.id }] }));

      const first = await runCli(['push', file, '--tenant', server.url, '--yes', '--decisions', decisions], tenant.env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const bindings = JSON.parse(readFileSync(join(folder.path, '.flowpack', 'bindings.json'), 'utf8')) as { tenants: Record<string, { references: unknown[] }> };
      expect(Object.values(bindings.tenants)[0]!.references).toEqual([
        { flowId: flow.id, nodeId: 'tag-new-client', field: 'tags[]', source: expect.any(String), entityId: onboarding.id },
      ]);

      // The step moves to the end of the file: its position changes, its id does not.
      flow.nodes.reverse();
      writeFileSync(file, serializeFlow(flow));
      const next = await runCli(['push', file, '--tenant', server.url, '--dry-run'], tenant.env);
      expect(next.code).toBe(0);
      expect(next.stdout).toMatch(/linked +Linked to tag "Onboarding", as chosen\. \(node "tag-new-client" nodes\[0\]\.config\.tags\[0\]\)/);
      expect(next.stdout).not.toMatch(/Creates tag "New client"/);
    } finally {
      folder.remove();
    }
  });

  it('a flow pushed as a copy beside its original: the next push updates the copy, never the original', async () => {
    const tenant = await freshTenant('Copy tenant');
    const folder = makeTempFolder();
    try {
      // given: the tenant has the flow already, and the admin pushes the workspace's version as a copy (keep both)
      writeFileSync(join(folder.path, 'flowpack.workspace.json'), '{}\n');
      const flow = createFlow({ profile: 'pipeline', name: 'Intake' });
      await tenant.api.call('createFlow', { body: { document: { ...flow, description: 'The original' } } });
      const file = join(folder.path, 'intake.flow.json');
      writeFileSync(file, serializeFlow({ ...flow, description: 'Ours' }));
      const decisions = join(folder.path, 'decisions.json');
      writeFileSync(decisions, JSON.stringify({ flows: { [flow.id]: { action: 'copy' } } }));
      const copied = await runCli(['push', file, '--tenant', server.url, '--yes', '--decisions', decisions], tenant.env);
      expect(copied.stderr).toBe('');
      expect(copied.code).toBe(0);
      const copyId = /copied "Intake" as (\S+),/.exec(copied.stdout)?.[1];
      expect(copyId).toBeDefined();

      // when: the file is edited and pushed again, with nothing chosen
      writeFileSync(file, serializeFlow({ ...flow, description: 'Ours, edited' }));
      const next = await runCli(['push', file, '--tenant', server.url, '--yes'], tenant.env);
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      expect(next.stdout).toContain(`[1/1] updated "Intake", revision 2`);

      // then: the copy has the edit and keeps the name that tells it apart; the original is untouched
      const copy = (await tenant.api.call('getFlow', { params: { id: copyId! } })).data;
      expect(copy).toMatchObject({ revision: 2, name: 'Intake (copy)', document: { description: 'Ours, edited' } });
      const original = (await tenant.api.call('getFlow', { params: { id: flow.id } })).data;
      expect(original).toMatchObject({ revision: 1, document: { description: 'The original' } });
      const sync = syncFileSchema.parse(JSON.parse(readFileSync(join(folder.path, '.flowpack', 'sync.json'), 'utf8')));
      expect(Object.values(sync.tenants)[0]!.flows[flow.id]).toMatchObject({ remoteId: copyId, revision: 2 });
    } finally {
      folder.remove();
    }
  });

  it('stops after the dry-run without a terminal to ask and without --yes, importing nothing', async () => {
    const tenant = await freshTenant('Cautious tenant');
    const { folder } = workspaceWithFlows();
    try {
      const run = await runCli(['push', folder.path, '--tenant', server.url], tenant.env);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Server dry-run: 2 create/);
      expect(run.stderr).toMatch(/not applied: no terminal to ask; run again with --yes/);
      expect(await tenant.flows()).toEqual([]);
      const dry = await runCli(['push', folder.path, '--tenant', server.url, '--dry-run', '--yes'], tenant.env);
      expect(dry.code).toBe(0);
      expect(await tenant.flows()).toEqual([]);
    } finally {
      folder.remove();
    }
  });

  it('pull, edit, push --yes keeps the sender the edited file leaves empty, the author and the active e-mail; a second push is not refused', async () => {
    const tenant = await freshTenant('Deploy tenant');
    const held = structuredClone(onboardingPack().flows[0]) as unknown as Flow;
    await tenant.api.call('createFlow', { body: { document: held } });
    const folder = makeTempFolder();
    try {
      const pulled = await runCli(['pull', '--tenant', server.url, '--all', '-o', folder.path], tenant.env);
      expect(pulled.code).toBe(0);
      const file = /created (\S+\.flow\.json)/.exec(pulled.stdout)![1]!;
      // given: the description edited, and the e-mail's sender left empty (as a pack import leaves it)
      const edited = JSON.parse(readFileSync(file, 'utf8')) as Flow;
      edited.description = 'Reviewed before the campaign';
      const email = edited.nodes.find((node) => node.id === 'welcome-email')!;
      email.config.sender = { $ref: 'user' };
      writeFileSync(file, serializeFlow(edited));

      // when
      const run = await runCli(['push', file, '--tenant', server.url, '--yes'], tenant.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/kept +Kept from the tenant: user "Marina Costa"/);
      expect(run.stdout).toMatch(/Server dry-run: 0 create, 1 update.* \d+ kept from the tenant/);
      expect(run.stdout).toMatch(/updated "Client onboarding", revision 2/);

      // then
      const { data: after } = await tenant.api.call('getFlow', { params: { id: held.id } });
      const config = (id: string) => after.document.nodes.find((node) => node.id === id)!.config;
      expect(after.document.description).toBe('Reviewed before the campaign');
      expect(config('welcome-email')).toMatchObject({ active: true, sender: { $ref: 'user', id: 'usr_20931', name: 'Marina Costa' } });
      expect(config('client-feed-post')).toMatchObject({ active: true, author: { $ref: 'user', id: 'usr_20931' } });
      const again = await runCli(['push', file, '--tenant', server.url, '--yes'], tenant.env);
      expect(again.stderr).toBe('');
      expect(again.stdout).toMatch(/updated "Client onboarding", revision 3/);
    } finally {
      folder.remove();
    }
  });

  it('pushes a pack file; the tenant switches the client-feed post off for a token that may not publish to the feed', async () => {
    const tenant = await freshTenant('Pack tenant', ['flows:read', 'flows:write']);
    const folder = makeTempFolder();
    try {
      const run = await runCli(['push', packFile(folder.path, onboardingPack()), '--tenant', server.url, '--yes', '--workspace', folder.path], tenant.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Signature: unsigned/);
      expect(run.stdout).toMatch(/\[1\/1\] created "Client onboarding", revision 1/);
      expect(run.stdout).toMatch(/warning FEED_STEP_DEACTIVATED .*lacks the "feed:publish" scope/);
      expect(run.stdout).not.toMatch(/bound in/);
      const [pushed] = await tenant.flows();
      const { data: flow } = await tenant.api.call('getFlow', { params: { id: pushed!.id } });
      expect(flow.document.nodes.find((node) => node.type === 'publishToClientFeed')?.config.active).toBe(false);
      expect(readdirSync(join(folder.path, '.flowpack', 'reports'))).toHaveLength(1);
    } finally {
      folder.remove();
    }
  });

  // contact-center-import.en.txt: "If a UUID doesn't exist on the importing tenant, create the entity and update the flow as
  // needed"; "Update each notation and flow setting as needed before publishing your flow."
  it('installs the exported contact-center example into a fresh tenant: drafts keeping the UUIDs it lacks, to configure', async () => {
    const tenant = await freshTenant('Student tenant', undefined, 'contact-center');
    const folder = makeTempFolder();
    try {
      const pack = join(folder.path, 'sales-line.flowpack');
      const exported = await runCli(['export', 'examples/contact-center', '--name', 'Sales line', '--output', pack]);
      expect(exported.code).toBe(0);
      const run = await runCli(['push', pack, '--tenant', server.url, '--yes', '--workspace', folder.path], tenant.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Server dry-run: 3 create, [^\n]*; 0 errors, [1-9]\d* to configure, /);
      expect(run.stdout).toMatch(/To configure: these flows arrive as drafts/);
      expect(run.stdout).toMatch(/created "Sales IVR", revision 1, a draft with [1-9]\d* to configure/);
      const remote = await tenant.flows();
      expect(remote).toHaveLength(3);
      expect(remote.every((flow) => flow.status === 'draft')).toBe(true);
      // The queue the tenant lacks travels by its UUID, not as an empty placeholder.
      expect(run.stdout).toContain('Keeps the UUID 0c0b2fab-2285-4e46-917d-4f915bbe7894, to configure');
    } finally {
      folder.remove();
    }
  });

  it('refuses a tampered pack unless --force, and a plan with errors, importing nothing', async () => {
    const tenant = await freshTenant('Careful tenant');
    const folder = makeTempFolder();
    try {
      const tampered = packFile(folder.path, tamperedPack());
      const refused = await runCli(['push', tampered, '--tenant', server.url, '--yes'], tenant.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/TAMPERED.*--force/);
      expect(await tenant.flows()).toEqual([]);

      const decisions = join(folder.path, 'decisions.json');
      writeFileSync(decisions, JSON.stringify({ flows: { '00000000-0000-4000-8000-000000000000': { action: 'create' } } }));
      const withErrors = await runCli(['push', packFile(folder.path, onboardingPack()), '--tenant', server.url, '--yes', '--decisions', decisions, '--workspace', folder.path], tenant.env);
      expect(withErrors.code).toBe(1);
      expect(withErrors.stderr).toMatch(/the tenant found errors in the plan/);
      expect(withErrors.stderr).not.toMatch(STACK_TRACE);
      expect(await tenant.flows()).toEqual([]);

      const forced = await runCli(['push', tampered, '--tenant', server.url, '--yes', '--force', '--workspace', folder.path], tenant.env);
      expect(forced.code).toBe(0);
      expect(await tenant.flows()).toHaveLength(1);
    } finally {
      folder.remove();
    }
  });
});
