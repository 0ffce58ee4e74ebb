import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { SummaryCache } from '../../node/services/summary-cache';
import { WorkspaceRoot } from '../../node/services/workspace-root';
import { HostError } from '../../shared/host/host-error';
import { createTenantHandlers } from '../../node/services/tenant-handlers';
import { testKeychain } from '../../node/services/temp-workspace.testing';
import { TENANTS_FILE } from '../../node/services/tenant-connections';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { EXAMPLES_DIR } from '../e2e/support/paths';
import { createFlow } from '../../shared/catalog/create-flow';

const keychain = testKeychain;

let server: TestServer;
let token: string;
let appDataDir: string;
let workspace: string;
const welcome = createFlow({ profile: 'conversations', name: 'Welcome' });
const localOnly = createFlow({ profile: 'conversations', name: 'Drafted offline' });

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Sandbox tenant'));
  await fetch(`${server.url}/v1/flows`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ document: welcome }),
  });
  appDataDir = mkdtempSync(join(tmpdir(), 'flowpack-tenants-'));
  workspace = mkdtempSync(join(tmpdir(), 'flowpack-sync-workspace-'));
  writeFileSync(join(workspace, 'drafted-offline.flow.json'), serializeFlow(localOnly));
});
afterAll(async () => {
  await server?.close();
  rmSync(appDataDir, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

/** The host events the handlers sent, in order. */
const emitted: { event: string; payload: unknown }[] = [];
const handlers = () =>
  createTenantHandlers({
    appDataDir,
    box: keychain,
    fetch: globalThis.fetch,
    clock: () => new Date(),
    root: new WorkspaceRoot(workspace),
    summaries: new SummaryCache(),
    appVersion: 'test',
    emit: (event, payload) => emitted.push({ event, payload }),
  });

describe('tenant connections in the app (host side, against a real tenant server)', () => {
  it('adds a connection, tests it, lists the tenant’s flows and catalog, and never answers with the token', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Sandbox', url: server.url, token, allowUnprotected: false });
    const { info } = await handlers()['tenants:test']({ id: connection.id });
    expect(info).toMatchObject({ name: 'Sandbox tenant', profile: 'conversations' });
    expect(info.token.scopes).toContain('flows:write');

    const { flows } = await handlers()['tenants:flows']({ id: connection.id });
    expect(flows.map((flow) => flow.name)).toEqual(['Welcome']);
    const { snapshot } = await handlers()['tenants:catalog']({ id: connection.id });
    expect(snapshot.tenant.name).toBe('Sandbox tenant');

    const everything = JSON.stringify([await handlers()['tenants:list']({}), info, flows, snapshot]);
    expect(everything).not.toContain(token);
    expect(readFileSync(join(appDataDir, TENANTS_FILE), 'utf8')).not.toContain(token);
  });

  it('reports a revoked or wrong token as the tenant’s refusal, without the token', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Wrong token', url: server.url, token: `${token}-wrong`, allowUnprotected: false });
    const failure = await handlers()['tenants:test']({ id: connection.id }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe('REMOTE');
    expect((failure as HostError).message).not.toContain(token);
  });

  it('reports a tenant that cannot be reached', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Gone', url: 'http://127.0.0.1:9', token, allowUnprotected: false });
    const failure = (await handlers()['tenants:test']({ id: connection.id }).catch((error: unknown) => error)) as HostError;
    expect(failure.code).toBe('REMOTE');
    expect(failure.message).toMatch(/refused|reach/i);
  });
});

describe('a lifecycle action the tenant refuses (host side)', () => {
  // contact-center-import.en.txt: "Update each notation and flow setting as needed before publishing your flow."
  it('carries the tenant’s findings with the refusal of a publish, so the editor can word them in its own language', async () => {
    const { admin } = await makeTenant(server.database.db, 'Classroom tenant', 'contact-center');
    const { connection } = await handlers()['tenants:add']({ name: 'Classroom', url: server.url, token: admin, allowUnprotected: false });
    const unfinished = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'contact-center', 'after-hours.flow.json'), 'utf8')) as Flow;
    const created = await fetch(`${server.url}/v1/flows`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ document: { ...unfinished, nodes: unfinished.nodes.map((node) => (node.type === 'playPrompt' ? { ...node, config: { prompt: { source: 'mediaPrompt', mediaPrompt: { $ref: 'mediaPrompt' } } } } : node)) } }),
    });
    expect(created.status).toBe(201);
    const [draft] = (await handlers()['tenants:flows']({ id: connection.id })).flows;

    const refused = (await handlers()['tenants:flowAction']({ id: connection.id, flowId: draft!.id, action: 'publish', revision: draft!.revision }).catch((error: unknown) => error)) as HostError;
    expect(refused).toBeInstanceOf(HostError);
    expect(refused.code).toBe('REMOTE');
    expect(refused.toBody().diagnostics?.map((d) => [d.severity, d.code])).toContainEqual(['error', 'REF_PLACEHOLDER']);
  });
});

describe('sync between the workspace and a tenant (host side)', () => {
  it('shows each flow’s state, pulls, compares, and never replaces a local change unasked', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Sync', url: server.url, token, allowUnprotected: false });
    const states = async () => Object.fromEntries((await handlers()['tenants:status']({ id: connection.id })).rows.map((row) => [row.name, row.status]));
    expect(await states()).toEqual({ 'Drafted offline': 'not-on-tenant', Welcome: 'only-on-tenant' });

    // A flow of another profile can never go to this conversations tenant: left out of the list, only counted.
    const board = join(workspace, 'sales-board.flow.json');
    writeFileSync(board, serializeFlow(createFlow({ profile: 'pipeline', name: 'Sales board' })));
    try {
      const status = await handlers()['tenants:status']({ id: connection.id });
      expect(status.rows.map((row) => row.name).sort()).toEqual(['Drafted offline', 'Welcome']);
      expect(status).toMatchObject({ tenant: { profile: 'conversations' }, otherProfiles: 1 });
    } finally {
      rmSync(board);
    }

    const pulled = await handlers()['tenants:pull']({ id: connection.id, remoteIds: [welcome.id], force: false, folder: '' });
    expect(pulled.results).toEqual([{ remoteId: welcome.id, name: 'Welcome', outcome: 'created', path: 'welcome.flow.json' }]);
    expect(await states()).toEqual({ 'Drafted offline': 'not-on-tenant', Welcome: 'in-sync' });

    // Edited locally: the diff names the change, and a pull keeps the local file.
    const file = join(workspace, 'welcome.flow.json');
    const edited: Flow = JSON.parse(readFileSync(file, 'utf8'));
    edited.nodes[0]!.name = 'Chat started';
    writeFileSync(file, serializeFlow(edited));
    expect((await states()).Welcome).toBe('local-changes');
    const { diff } = await handlers()['tenants:compare']({ id: connection.id, path: 'welcome.flow.json' });
    expect(diff.steps.changed).toEqual([expect.objectContaining({ id: edited.nodes[0]!.id, fields: [expect.objectContaining({ path: ['name'], after: 'Chat started' })] })]);
    const kept = await handlers()['tenants:pull']({ id: connection.id, remoteIds: [welcome.id], force: false, folder: '' });
    expect(kept.results[0]!.outcome).toBe('kept');
    expect(readFileSync(file, 'utf8')).toContain('Chat started');

    // The user chose the tenant's version: replaced, with the local one kept as a backup.
    const forced = await handlers()['tenants:pull']({ id: connection.id, remoteIds: [welcome.id], force: true, folder: '' });
    expect(forced.results[0]!.outcome).toBe('updated');
    expect(readFileSync(file, 'utf8')).not.toContain('Chat started');
    const backups = readdirSync(join(workspace, '.flowpack', 'backups'), { recursive: true }).map(String);
    expect(backups.some((name) => name.includes('welcome'))).toBe(true);
    expect((await states()).Welcome).toBe('in-sync');
  });
});

describe('keeping the local version (host side)', () => {
  it('replaces the tenant’s flow only while it is at the revision compared, and refuses a newer change', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Keep', url: server.url, token, allowUnprotected: false });
    const file = join(workspace, 'welcome.flow.json');
    const mine: Flow = JSON.parse(readFileSync(file, 'utf8'));
    mine.description = 'Mine wins';
    writeFileSync(file, serializeFlow(mine));
    const { remoteRevision } = await handlers()['tenants:compare']({ id: connection.id, path: 'welcome.flow.json' });

    // Someone saves on the tenant after the comparison: keeping mine is refused, nothing overwritten.
    const current = (await (await fetch(`${server.url}/v1/flows/${welcome.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { document: Flow };
    const theirs = await fetch(`${server.url}/v1/flows/${welcome.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': `"${remoteRevision}"` },
      body: JSON.stringify({ document: { ...current.document, description: 'Theirs, later' } }),
    });
    expect(theirs.status).toBe(200);
    const refused = (await handlers()['tenants:keepMine']({ id: connection.id, path: 'welcome.flow.json', revision: remoteRevision }).catch((error: unknown) => error)) as HostError;
    expect(refused.code).toBe('CONFLICT');

    const { remoteRevision: latest } = await handlers()['tenants:compare']({ id: connection.id, path: 'welcome.flow.json' });
    const kept = await handlers()['tenants:keepMine']({ id: connection.id, path: 'welcome.flow.json', revision: latest });
    expect(kept.revision).toBe(latest + 1);
    const onTenant = (await (await fetch(`${server.url}/v1/flows/${welcome.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { document: Flow };
    expect(onTenant.document.description).toBe('Mine wins');
    const rows = (await handlers()['tenants:status']({ id: connection.id })).rows;
    expect(rows.find((row) => row.path === 'welcome.flow.json')?.status).toBe('in-sync');
  });
});

describe('push from the workspace to a tenant (host side)', () => {
  it('prepares a deploy: the flows as their files hold them, and the tenant’s current document of each flow it would update', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Deploy', url: server.url, token, allowUnprotected: false });
    writeFileSync(join(workspace, 'welcome-edited.flow.json'), serializeFlow({ ...welcome, description: 'Edited here' }));
    try {
      const prepared = await handlers()['tenants:pushPrepare']({ id: connection.id, paths: ['welcome-edited.flow.json', 'drafted-offline.flow.json'] });
      expect(prepared.report.items).toEqual([]);
      expect(prepared.pack?.manifest.sanitisation).toEqual([]);
      expect(prepared.pack?.flows.find((flow) => flow.id === welcome.id)?.description).toBe('Edited here');
      // Only the flow the tenant has comes back, as the tenant holds it, for the preview to keep its values.
      expect(prepared.tenantFlows.map((flow) => flow.id)).toEqual([welcome.id]);
      expect(prepared.tenantFlows[0]!.description).not.toBe('Edited here');
    } finally {
      rmSync(join(workspace, 'welcome-edited.flow.json'));
    }
  });

  it('prepares (export report and catalog), dry-runs without writing, applies once, saves the report and binds the flow', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Push', url: server.url, token, allowUnprotected: false });
    const prepared = await handlers()['tenants:pushPrepare']({ id: connection.id, paths: ['drafted-offline.flow.json'] });
    expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(prepared.pack?.flows.map((flow) => flow.name)).toEqual(['Drafted offline']);
    expect(prepared.catalog.tenant.name).toBe('Sandbox tenant');

    const flowsOnTenant = async () => (await handlers()['tenants:flows']({ id: connection.id })).flows.map((flow) => flow.name).sort();
    const before = await flowsOnTenant();
    const dryRun = await handlers()['tenants:push']({ id: connection.id, paths: ['drafted-offline.flow.json'], mode: 'dry-run' });
    expect(dryRun.report).toMatchObject({ mode: 'dry-run', applied: false });
    expect(dryRun.savedAs).toBeNull();
    expect(await flowsOnTenant()).toEqual(before);

    const progressId = randomUUID();
    emitted.length = 0;
    const applied = await handlers()['tenants:push']({ id: connection.id, paths: ['drafted-offline.flow.json'], mode: 'apply', progressId });
    expect(applied.report).toMatchObject({ mode: 'apply', applied: true });
    // The apply's progress on the tenant reached the renderer's side as it went: start, the flow written, the commit.
    expect(emitted.map(({ event, payload }) => [event, (payload as { progressId: string }).progressId])).toEqual(Array(3).fill(['tenants:pushProgress', progressId]));
    expect(emitted.map(({ payload }) => (payload as { progress: { phase: string; written: string[] } }).progress)).toEqual([
      { phase: 'entities', written: [], done: 0, total: 1 },
      { phase: 'flows', written: [applied.report.flows[0]!.targetId], done: 1, total: 1 },
      { phase: 'committing', written: [], done: 1, total: 1 },
    ]);
    expect(await flowsOnTenant()).toEqual([...before, 'Drafted offline'].sort());
    const saved = JSON.parse(readFileSync(join(workspace, applied.savedAs!), 'utf8')) as { tenant: { url: string }; report: { id: string } };
    expect(saved).toMatchObject({ tenant: { url: server.url }, report: { id: applied.report.id } });
    expect(JSON.stringify(saved)).not.toContain(token);

    const rows = (await handlers()['tenants:status']({ id: connection.id })).rows;
    expect(rows.find((row) => row.name === 'Drafted offline')?.status).toBe('in-sync');

    // The editor's reference picker looks up entities on the tenant a flow was pushed to.
    const { info } = await handlers()['tenants:test']({ id: connection.id });
    expect(await handlers()['tenants:syncedWith']({ flowId: localOnly.id })).toEqual({ tenantIds: [info.id] });
    expect(await handlers()['tenants:syncedWith']({ flowId: randomUUID() })).toEqual({ tenantIds: [] });
  });
});

describe('a push over a change made on the tenant (host side)', () => {
  it('is refused by the tenant, in the dry-run and the apply, while the flow is not at the revision last synchronised; nothing is overwritten', async () => {
    // Runs after the push above, which bound "Drafted offline" at revision 1.
    const { connection } = await handlers()['tenants:add']({ name: 'Colleague', url: server.url, token, allowUnprotected: false });
    const onTenant = async () => (await (await fetch(`${server.url}/v1/flows/${localOnly.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { revision: number; document: Flow };
    const theirs = await fetch(`${server.url}/v1/flows/${localOnly.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({ document: { ...(await onTenant()).document, description: 'Theirs' } }),
    });
    expect(theirs.status).toBe(200);
    const file = join(workspace, 'drafted-offline.flow.json');
    const editHere = (description: string) => writeFileSync(file, serializeFlow({ ...(JSON.parse(readFileSync(file, 'utf8')) as Flow), description }));
    editHere('Mine');

    for (const mode of ['dry-run', 'apply'] as const) {
      const refused = (await handlers()['tenants:push']({ id: connection.id, paths: ['drafted-offline.flow.json'], mode }).catch((error: unknown) => error)) as HostError;
      expect(refused).toBeInstanceOf(HostError);
      // CONFLICT, not a plain refusal: the editor's push dialog leads from it to Sync's compare.
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/changed on the tenant .*nothing was overwritten.*"Drafted offline" \(.*\) is at revision 2, not 1/);
    }
    expect(await onTenant()).toMatchObject({ revision: 2, document: { description: 'Theirs' } });

    // The user took the tenant's version and edited it: the push goes through.
    await handlers()['tenants:pull']({ id: connection.id, remoteIds: [localOnly.id], force: true, folder: '' });
    editHere('Theirs, then mine');
    const applied = await handlers()['tenants:push']({ id: connection.id, paths: ['drafted-offline.flow.json'], mode: 'apply' });
    expect(applied.report.flows[0]).toMatchObject({ action: 'update', revision: 3 });
    expect((await onTenant()).document.description).toBe('Theirs, then mine');
  });
});

describe('a push the tenant stored differently from the file (host side)', () => {
  it('is in sync with that said, and a save of the same document on the tenant does not refuse the next push', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Filled in', url: server.url, token, allowUnprotected: false });
    // A tag the tenant does not have: the push creates it, and the tenant stores the flow with the tag's new id.
    const tagged: Flow = createFlow({ profile: 'conversations', name: 'Tag newcomers' });
    tagged.nodes.push({ id: 'tag-them', type: 'updateTags', name: 'Tag them', position: { x: 0, y: 200 }, config: { action: 'add', tags: [{ $ref: 'tag', name: 'Newcomer' }] } });
    tagged.edges.push({ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'tag-them' });
    const file = join(workspace, 'tag-newcomers.flow.json');
    writeFileSync(file, serializeFlow(tagged));
    const paths = ['tag-newcomers.flow.json'];
    const stateOf = async () => (await handlers()['tenants:status']({ id: connection.id })).rows.find((row) => row.id === tagged.id);
    try {
      await handlers()['tenants:push']({ id: connection.id, paths, mode: 'apply' });
      expect(await stateOf()).toMatchObject({ status: 'in-sync', tenantCopyDiffers: true });

      // A colleague saves the flow on the tenant unchanged: a new revision, the same content.
      const url = `${server.url}/v1/flows/${tagged.id}`;
      const stored = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as { revision: number; document: Flow };
      const resaved = await fetch(url, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': `"${stored.revision}"` },
        body: JSON.stringify({ document: stored.document }),
      });
      expect(resaved.status).toBe(200);
      expect(await stateOf()).toMatchObject({ status: 'in-sync', tenantCopyDiffers: true, revision: 2 });

      writeFileSync(file, serializeFlow({ ...tagged, description: 'Edited here' }));
      const applied = await handlers()['tenants:push']({ id: connection.id, paths, mode: 'apply' });
      expect(applied.report.flows[0]).toMatchObject({ action: 'update', revision: 3 });
    } finally {
      rmSync(file);
    }
  });
});

describe('choices kept per tenant (host side)', () => {
  it('an applied push keeps the references mapped by hand, and the next push of the flow starts from them', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Bindings', url: server.url, token, allowUnprotected: false });
    const tag = (await (
      await fetch(`${server.url}/v1/catalog/tags`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Returning customer' }),
      })
    ).json()) as { id: string };
    const tagged: Flow = createFlow({ profile: 'conversations', name: 'Tag returning customers' });
    tagged.nodes.push({ id: 'tag-them', type: 'updateTags', name: 'Tag them', position: { x: 0, y: 200 }, config: { action: 'add', tags: [{ $ref: 'tag', name: 'Regular' }] } });
    tagged.edges.push({ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'tag-them' });
    writeFileSync(join(workspace, 'tag-returning.flow.json'), serializeFlow(tagged));
    const paths = ['tag-returning.flow.json'];

    const first = await handlers()['tenants:pushPrepare']({ id: connection.id, paths });
    expect(first.decisions).toEqual({ flows: {}, references: [] });
    const binding = { flowId: tagged.id, nodeId: 'tag-them', field: 'tags[]', source: 'Regular', entityId: tag.id };
    const applied = await handlers()['tenants:push']({ id: connection.id, paths, mode: 'apply', decisions: { flows: {}, references: [binding] } });
    expect(applied.report.flows[0]!.references.find((ref) => ref.nodeId === 'tag-them')).toMatchObject({ outcome: 'linked', target: { id: tag.id } });
    // The tenant stored the tag's id, which the file does not hold: in sync, with that said, and a pull offered.
    const row = (await handlers()['tenants:status']({ id: connection.id })).rows.find((candidate) => candidate.id === tagged.id);
    expect(row).toMatchObject({ status: 'in-sync', tenantCopyDiffers: true });

    const next = await handlers()['tenants:pushPrepare']({ id: connection.id, paths });
    expect(next.decisions.references).toEqual([binding]);
  });
});

describe('a flow pushed as a copy (host side)', () => {
  it('the next push starts from updating the copy the workspace is synchronised with, and leaves the original alone', async () => {
    const { connection } = await handlers()['tenants:add']({ name: 'Copies', url: server.url, token, allowUnprotected: false });
    // The tenant has "Welcome"; the workspace's version of it goes there as a copy, beside it.
    writeFileSync(join(workspace, 'welcome-ours.flow.json'), serializeFlow({ ...welcome, description: 'Ours' }));
    const paths = ['welcome-ours.flow.json'];
    try {
      const copied = await handlers()['tenants:push']({ id: connection.id, paths, mode: 'apply', decisions: { flows: { [welcome.id]: { action: 'copy' } }, references: [] } });
      const copyId = copied.report.flows[0]!.targetId;
      expect(copied.report.flows[0]).toMatchObject({ action: 'copy', revision: 1 });
      expect(copyId).not.toBe(welcome.id);

      writeFileSync(join(workspace, 'welcome-ours.flow.json'), serializeFlow({ ...welcome, description: 'Ours, edited' }));
      const prepared = await handlers()['tenants:pushPrepare']({ id: connection.id, paths });
      expect(prepared.decisions.flows).toEqual({ [welcome.id]: { action: 'update', targetId: copyId } });
      // The preview keeps what the copy holds: its current document is the one sent back.
      expect(prepared.tenantFlows.map((flow) => flow.id)).toEqual([copyId]);
      const original = async () => (await (await fetch(`${server.url}/v1/flows/${welcome.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { revision: number; document: Flow };
      const before = await original();

      const updated = await handlers()['tenants:push']({ id: connection.id, paths, mode: 'apply', decisions: prepared.decisions });
      expect(updated.report.flows[0]).toMatchObject({ action: 'update', targetId: copyId, revision: 2 });
      expect(await original()).toEqual(before);
    } finally {
      rmSync(join(workspace, 'welcome-ours.flow.json'));
    }
  });
});

describe('a push that brings along the reusable flows a flow calls (host side)', () => {
  it('records every flow it wrote as synchronised, those that came along as well as the one chosen', async () => {
    const { admin } = await makeTenant(server.database.db, 'Classroom tenant', 'contact-center');
    const { connection } = await handlers()['tenants:add']({ name: 'Classroom (push with calls)', url: server.url, token: admin, allowUnprotected: false });
    const folder = join(workspace, 'contact-center');
    const names = ['sales-ivr', 'after-hours', 'sales-hold-message'];
    const flows = names.map((name) => JSON.parse(readFileSync(join(EXAMPLES_DIR, 'contact-center', `${name}.flow.json`), 'utf8')) as Flow);
    mkdirSync(folder);
    names.forEach((name, index) => writeFileSync(join(folder, `${name}.flow.json`), serializeFlow(flows[index]!)));
    try {
      const applied = await handlers()['tenants:push']({ id: connection.id, paths: ['contact-center/sales-ivr.flow.json'], mode: 'apply' });
      expect(applied.report.flows.map((flow) => flow.name).sort()).toEqual(['After-hours', 'Sales IVR', 'Sales hold message']);
      for (const flow of flows) expect((await handlers()['tenants:syncedWith']({ flowId: flow.id })).tenantIds).toHaveLength(1);
      const rows = (await handlers()['tenants:status']({ id: connection.id })).rows.filter((row) => flows.some((flow) => flow.id === row.id));
      expect(rows.map((row) => row.status)).toEqual(['in-sync', 'in-sync', 'in-sync']);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
