import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../shared/validation/load-flow';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import { exportPack } from '../../shared/pack/export/export-pack';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { insertEntities } from '../store/catalog-store';
import { apiClient } from './api-client';
import { ONBOARDING_FLOW_ID, contactCenterPack, onboardingPack, tamperedPack } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant, makeToken } from './tenant-fixtures';

/** The hold music the contact-center example names: a UUID only its author's tenant has. */
const HOLD_MUSIC_UUID = '05a91555-8edd-48cd-a4f1-540bab16ed50';

type Call = ReturnType<typeof apiClient>;

/** What a tenant holds, to compare before and after: flows with revisions, catalog entities, audit entries. */
async function tenantState(call: Call, token: string) {
  const flows = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token })).body.flows.map((f) => `${f.id}@${f.revision}`);
  const catalog = (await call<CatalogSnapshot>('GET', '/v1/catalog', { token })).body;
  const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token })).body.entries.map((e) => e.id);
  return { flows, entities: catalog.entities, audit };
}

/** POST /v1/imports over real HTTP (the contract check of apiClient applies). */
function importer(call: Call) {
  /** `key` null sends no Idempotency-Key; left out, a fresh one. */
  return <T = ImportReport>(token: string, body: Record<string, unknown>, key: string | null = randomUUID()) =>
    call<T>('POST', '/v1/imports', { token, body, headers: key === null ? {} : { 'idempotency-key': key } });
}

/** POST /v1/imports and GET /v1/imports/{id} over real HTTP, run once per store. */
export function describeImports(store: TestStore): void {
  let server: TestServer;
  let call: Call;
  let post: ReturnType<typeof importer>;

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
    post = importer(call);
  });
  afterAll(async () => {
    await server?.close();
  });

  const pipelineTenant = async (name: string) => makeTenant(server.database.db, name, 'pipeline');

  it('dry-run answers the plan and writes nothing to flows or catalog, only its own entry in the audit log', async () => {
    const { admin } = await pipelineTenant('Dry tenant');
    const before = await tenantState(call, admin);
    const res = await post(admin, { mode: 'dry-run', pack: onboardingPack() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'dry-run', applied: false, pack: { name: 'Client onboarding', flows: 1, signature: { status: 'unsigned' } } });
    expect(res.body.flows).toHaveLength(1);
    expect(res.body.flows[0]).toMatchObject({ flowId: ONBOARDING_FLOW_ID, action: 'create' });
    expect(res.body.flows[0]!.revision).toBeUndefined();
    expect(res.body.summary.references).toMatchObject({ created: 3, removed: 3 });
    expect(res.body.created.map((e) => `${e.kind}:${e.name}`).sort()).toEqual(['customField:Days to go live', 'customField:Onboarding status', 'tag:New client']);
    expect(res.body.warnings.map((w) => w.code)).toContain('REF_REMOVED');
    const { audit, ...after } = await tenantState(call, admin);
    expect(after).toEqual({ flows: before.flows, entities: before.entities });
    expect(audit.slice(1)).toEqual(before.audit);
    const [newest] = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(newest).toMatchObject({ action: 'import.dry-run', targetId: res.body.id, detail: { pack: 'Client onboarding', flows: 1 } });
    const stored = await call<ImportReport>('GET', `/v1/imports/${res.body.id}`, { token: admin });
    expect(stored.body).toEqual(res.body);
  });

  it('apply creates exactly the plan, in one go: entities, the flow as a draft, the arrival rules, the audit entries', async () => {
    const { admin } = await pipelineTenant('Apply tenant');
    const dry = await post(admin, { mode: 'dry-run', pack: onboardingPack() });
    const res = await post(admin, { mode: 'apply', pack: onboardingPack() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'apply', applied: true, tokenLabel: 'first admin token' });
    expect(res.body.flows[0]).toMatchObject({ targetId: ONBOARDING_FLOW_ID, action: 'create', revision: 1 });
    expect(res.body.created.map((e) => `${e.kind}:${e.name}`)).toEqual(dry.body.created.map((e) => `${e.kind}:${e.name}`));
    expect(res.body.created.every((e) => typeof e.id === 'string')).toBe(true);

    const catalog = (await call<CatalogSnapshot>('GET', '/v1/catalog', { token: admin })).body;
    expect(catalog.entities.tag.map((t) => t.name)).toEqual(['New client']);
    expect(catalog.entities.customField.map((f) => f.name).sort()).toEqual(['Days to go live', 'Onboarding status']);
    const flow = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin })).body;
    expect(flow).toMatchObject({ status: 'draft', revision: 1 });
    const byType = (type: string) => flow.document.nodes.find((node) => node.type === type)!.config;
    expect(byType('sendEmail').active).toBe(false);
    expect(byType('sendEmail').sender).toBeUndefined();
    expect(byType('createTask').active).toBe(true);
    // The admin token holds feed:publish: the client-feed post keeps its setting.
    expect(byType('publishToClientFeed').active).toBe(true);
    const tagId = catalog.entities.tag[0]!.id;
    expect(JSON.stringify(byType('addTags'))).toContain(tagId);

    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    const entry = audit.find((e) => e.action === 'import.apply');
    expect(entry).toMatchObject({ targetId: res.body.id, detail: { flows: 1, created: 3, signature: 'unsigned' } });
    expect(audit.filter((e) => e.action === 'flow.create').map((e) => e.targetId)).toEqual([ONBOARDING_FLOW_ID]);
    expect((await call<ImportReport>('GET', `/v1/imports/${res.body.id}`, { token: admin })).body).toEqual(res.body);

    const again = await post(admin, { mode: 'apply', pack: onboardingPack() });
    expect(again.body.flows[0]).toMatchObject({ action: 'update', revision: 2 });
    // The flow's metric field is linked to it and reused, not created again (import-exact-names.suite.ts).
    expect(again.body.created).toEqual([]);
    expect((await call<CatalogSnapshot>('GET', '/v1/catalog', { token: admin })).body.entities.tag).toHaveLength(1);
  });

  it('switches a client-feed post off, with a warning, when the token may not publish to the feed', async () => {
    const { tenant } = await pipelineTenant('Feed tenant');
    const writer = await makeToken(server.database.db, tenant.id, ['flows:read', 'flows:write']);
    const res = await post(writer.token, { mode: 'apply', pack: onboardingPack() });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toContainEqual(expect.objectContaining({ code: 'FEED_STEP_DEACTIVATED', flowId: ONBOARDING_FLOW_ID }));
    const flow = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: writer.token })).body;
    expect(flow.document.nodes.find((node) => node.type === 'publishToClientFeed')!.config.active).toBe(false);
  });

  // pipeline-client-feed.pt.txt: "todos os usuários da organização podem fazer publicações no feed do CONECTA desde que
  // tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário."
  it('holds the client-feed rule on create, update, duplicate and publish: without feed:publish an active post is refused with 403', async () => {
    const { admin, tenant } = await pipelineTenant('Feed side doors');
    expect((await post(admin, { mode: 'apply', pack: onboardingPack() })).status).toBe(201);
    // The admin finishes the imported flow (its post's author is a placeholder): a complete flow with an active post.
    await insertEntities(server.database.db, tenant.id, [{ kind: 'user', id: 'u_feed', name: 'Feed author' }]);
    const imported = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin })).body;
    const authored = { ...imported.document, nodes: imported.document.nodes.map((node) => (node.type === 'publishToClientFeed' ? { ...node, config: { ...node.config, author: { $ref: 'user', id: 'u_feed', name: 'Feed author' } } } : node)) };
    const saved = await call<FlowDetail>('PUT', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin, body: { document: authored }, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    const stored = saved.body;
    const writer = await makeToken(server.database.db, tenant.id, ['flows:read', 'flows:write', 'flows:publish']);
    const refused = (res: { status: number; body: ApiErrorBody }) => {
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('"feed:publish"');
    };

    const newId = randomUUID();
    refused(await call<ApiErrorBody>('POST', '/v1/flows', { token: writer.token, body: { document: { ...stored.document, id: newId } } }));
    expect((await call('GET', `/v1/flows/${newId}`, { token: admin })).status).toBe(404);
    refused(await call<ApiErrorBody>('PUT', `/v1/flows/${stored.id}`, { token: writer.token, body: { document: stored.document }, headers: { 'if-match': '"2"' } }));
    refused(await call<ApiErrorBody>('POST', `/v1/flows/${stored.id}/duplicate`, { token: writer.token }));
    refused(await call<ApiErrorBody>('POST', `/v1/flows/${stored.id}/actions/publish`, { token: writer.token, headers: { 'if-match': '"2"' } }));
    expect((await call<FlowDetail>('GET', `/v1/flows/${stored.id}`, { token: admin })).body).toMatchObject({ revision: 2, status: 'draft' });
    // Each refusal is in the audit log by the token refused, although the refused write left nothing.
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.filter((e) => e.action === 'auth.forbidden' && e.tokenId === writer.id).map((e) => e.detail.request)).toEqual([
      'POST /v1/flows/{id}/actions/{action}',
      'POST /v1/flows/{id}/duplicate',
      'PUT /v1/flows/{id}',
      'POST /v1/flows',
    ]);

    // With the post switched off the same token saves and publishes: the rule is about the post, not the flow.
    const quiet = { ...stored.document, nodes: stored.document.nodes.map((node) => (node.type === 'publishToClientFeed' ? { ...node, config: { ...node.config, active: false } } : node)) };
    expect((await call('PUT', `/v1/flows/${stored.id}`, { token: writer.token, body: { document: quiet }, headers: { 'if-match': '"2"' } })).status).toBe(200);
    expect((await call('POST', `/v1/flows/${stored.id}/actions/publish`, { token: writer.token, headers: { 'if-match': '"3"' } })).status).toBe(200);
    // An authorised token may switch it on and publish a flow with it.
    const copy = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: { ...stored.document, id: newId } } });
    expect(copy.status).toBe(201);
    expect((await call('POST', `/v1/flows/${newId}/actions/publish`, { token: admin, headers: { 'if-match': '"1"' } })).status).toBe(200);
  });

  it('refuses an apply whose plan has errors with 422 and the plan, importing nothing', async () => {
    const { admin } = await pipelineTenant('Refused tenant');
    const before = await tenantState(call, admin);
    const key = randomUUID();
    const decisions = { flows: { [randomUUID()]: { action: 'create' } } };
    const res = await post<ApiErrorBody & { error: { report: ImportReport } }>(admin, { mode: 'apply', pack: onboardingPack(), decisions }, key);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.diagnostics?.map((d) => d.code)).toContain('IMPORT_DECISION_INVALID');
    expect(res.body.error.report).toMatchObject({ mode: 'apply', applied: false, flows: [expect.objectContaining({ action: 'create' })] });
    expect(await tenantState(call, admin)).toEqual(before);
    // Nothing was done, so the key is free: the corrected request goes through with it.
    expect((await post(admin, { mode: 'apply', pack: onboardingPack() }, key)).status).toBe(201);
  });

  // contact-center-import.en.txt: an imported flow "does not provide you with the actual entity (such as a media prompt) but
  // does include the universal unique identifier (UUID) for it"; "If a UUID exists on the importing tenant, as may be the
  // case with child tenants inheriting objects, then the entity is added to the flow."
  it('imports a contact-center pack keeping the UUIDs the tenant lacks, as drafts to configure; publish waits until the tenant has those entities, with no edit', async () => {
    const { admin, tenant } = await makeTenant(server.database.db, 'Student tenant', 'contact-center');
    const res = await post(admin, { mode: 'apply', pack: contactCenterPack() });
    expect(res.status).toBe(201);
    expect(res.body.summary).toMatchObject({ errors: 0, toConfigure: 9, references: { unresolved: 9, placeholder: 0 } });
    expect(res.body.flows.map((flow) => [flow.name, flow.diagnostics.filter((d) => d.code === 'REF_UNRESOLVED').length])).toEqual([
      ['After-hours', 3],
      ['Sales hold message', 1],
      ['Sales IVR', 5],
    ]);
    const listed = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows;
    expect(listed.map((flow) => flow.status)).toEqual(['draft', 'draft', 'draft']);

    const hold = res.body.flows.find((flow) => flow.name === 'Sales hold message')!;
    const stored = (await call<FlowDetail>('GET', `/v1/flows/${hold.targetId}`, { token: admin })).body.document;
    expect(stored.nodes.find((node) => node.id === 'hold-music')!.config.prompt).toMatchObject({ mediaPrompt: { $ref: 'mediaPrompt', uuid: HOLD_MUSIC_UUID, name: 'Hold music – acoustic loop' } });
    const publish = (revision: number) =>
      call<ApiErrorBody>('POST', `/v1/flows/${hold.targetId}/actions/publish`, { token: admin, headers: { 'if-match': `"${revision}"` } });
    const refused = await publish(1);
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toEqual(['REF_UNRESOLVED']);
    expect(refused.body.error.diagnostics?.[0]?.message).toContain(`the tenant has no media prompt "Hold music – acoustic loop" with UUID ${HOLD_MUSIC_UUID}`);

    // The tenant gains the prompt with that UUID (inherited from its parent): the same draft now publishes, unedited.
    await insertEntities(server.database.db, tenant.id, [{ kind: 'mediaPrompt', id: 'mp-inherited', uuid: HOLD_MUSIC_UUID, name: 'Hold music (parent tenant)' }]);
    const published = await publish(1);
    expect(published.status).toBe(200);
    expect((await call<FlowDetail>('GET', `/v1/flows/${hold.targetId}`, { token: admin })).body).toMatchObject({ status: 'published', revision: 1 });

    // A live flow is not saved naming a prompt the tenant lacks: publish would have refused it.
    const edited = structuredClone(stored);
    (edited.nodes.find((node) => node.id === 'hold-music')!.config.prompt as Record<string, unknown>).mediaPrompt = { $ref: 'mediaPrompt', uuid: randomUUID(), name: 'Elsewhere' };
    const save = await call<ApiErrorBody>('PUT', `/v1/flows/${hold.targetId}`, { token: admin, body: { document: edited }, headers: { 'if-match': '"1"' } });
    expect(save.status).toBe(422);
    expect(save.body.error.diagnostics?.map((d) => d.code)).toEqual(['REF_UNRESOLVED']);
  });

  // contact-center-import.en.txt: "Any notations with incomplete or invalid parameters are outlined in red. Update each
  // notation and flow setting as needed before publishing your flow." A draft is finished over several saves.
  it('saves a contact-center draft that still names entities the tenant lacks, one choice at a time; only publishing waits for all of them', async () => {
    const { admin, tenant } = await makeTenant(server.database.db, 'Step-by-step student', 'contact-center');
    const res = await post(admin, { mode: 'apply', pack: contactCenterPack() });
    expect(res.status).toBe(201);
    const ivr = res.body.flows.find((flow) => flow.name === 'Sales IVR')!;
    await insertEntities(server.database.db, tenant.id, [{ kind: 'queue', id: 'q-sales', uuid: randomUUID(), name: 'Sales' }]);
    const path = `/v1/flows/${ivr.targetId}`;
    const document = structuredClone((await call<FlowDetail>('GET', path, { token: admin })).body.document);
    document.nodes.find((node) => node.id === 'sales-queue')!.config.queue = { $ref: 'queue', id: 'q-sales', name: 'Sales' };

    const saved = await call<FlowDetail>('PUT', path, { token: admin, body: { document }, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', revision: 2 });
    const publish = await call<ApiErrorBody>('POST', `${path}/actions/publish`, { token: admin, headers: { 'if-match': '"2"' } });
    expect(publish.status).toBe(422);
    const left = publish.body.error.diagnostics?.filter((d) => d.code === 'REF_UNRESOLVED') ?? [];
    expect(left.map((d) => d.nodeId).sort()).toEqual(['classify-unanswered', 'classify-unanswered', 'main-menu', 'sales-hours']);

    // What makes a flow unusable is still refused, draft or not.
    const broken = structuredClone(document);
    broken.edges.push({ id: 'to-nowhere', source: 'sales-queue', sourcePort: 'timeout', target: 'no-such-step' });
    const refused = await call<ApiErrorBody>('PUT', path, { token: admin, body: { document: broken }, headers: { 'if-match': '"2"' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toContain('EDGE_DANGLING');
  });

  // conversations-workflows.es.txt: "Los errores de configuración de pasos deben resolverse antes de poder guardar un flujo de trabajo."
  it('imports a conversations workflow with a step left empty as a draft, and refuses saving an edit until the step is configured', async () => {
    const { admin } = await makeTenant(server.database.db, 'Conversations student', 'conversations');
    const workflow = loadFlow(JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/conversations/out-of-hours-message.flow.json', import.meta.url)), 'utf8'))).flow!;
    const message = workflow.nodes.find((node) => node.type === 'sendMessage')!;
    message.config.text = '';
    const { pack } = exportPack([workflow], { name: 'Out of hours', generator: 'flowpack-test' });
    const res = await post(admin, { mode: 'apply', pack });
    expect(res.status).toBe(201);
    // The message left empty, and the team the platform removes ("estos valores se eliminarán"), which the step requires.
    expect(res.body.summary).toMatchObject({ errors: 0, toConfigure: 2 });
    const path = `/v1/flows/${workflow.id}`;
    const stored = (await call<FlowDetail>('GET', path, { token: admin })).body;
    expect(stored.status).toBe('draft');

    const renamed = { ...stored.document, name: 'Out of hours (renamed)' };
    const refused = await call<ApiErrorBody>('PUT', path, { token: admin, body: { document: renamed }, headers: { 'if-match': '"1"' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toContain('CONFIG_REQUIRED');
    const fixed = structuredClone(renamed);
    fixed.nodes.find((node) => node.id === message.id)!.config.text = 'We are closed now; we will answer in the morning.';
    fixed.nodes.find((node) => node.type === 'assignTo')!.config.team = { $ref: 'team', id: 'team-support', name: 'Support' };
    const saved = await call<ApiErrorBody>('PUT', path, { token: admin, body: { document: fixed }, headers: { 'if-match': '"1"' } });
    expect(saved.body.error?.diagnostics ?? []).toEqual([]);
    expect(saved.status).toBe(200);
  });

  it('refuses a tampered pack unless the request allows it, and records that it did', async () => {
    const { admin } = await pipelineTenant('Tampered tenant');
    const refused = await post<ApiErrorBody>(admin, { mode: 'dry-run', pack: tamperedPack() });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/signature does not match.*allowTampered/);
    const allowed = await post(admin, { mode: 'apply', pack: tamperedPack(), allowTampered: true });
    expect(allowed.status).toBe(201);
    expect(allowed.body.pack).toMatchObject({ signature: { status: 'tampered' }, allowTampered: true });
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(audit.find((e) => e.action === 'import.apply')?.detail).toMatchObject({ signature: 'tampered', allowTampered: true });
  });

  it('refuses a body that is not a pack with 422 and the loader diagnostics', async () => {
    const { admin } = await pipelineTenant('Broken pack tenant');
    const res = await post<ApiErrorBody>(admin, { mode: 'dry-run', pack: { format: 'flowpack.pack', version: 1 } });
    expect(res.status).toBe(422);
    expect(res.body.error.diagnostics?.[0]?.code).toBe('FORMAT_INVALID');
  });

  describe('Idempotency-Key', () => {
    it('is required: 428 without one, 400 when malformed', async () => {
      const { admin } = await pipelineTenant('Keyless tenant');
      expect((await post<ApiErrorBody>(admin, { mode: 'dry-run', pack: onboardingPack() }, null)).status).toBe(428);
      expect((await post<ApiErrorBody>(admin, { mode: 'dry-run', pack: onboardingPack() }, 'has spaces in it')).status).toBe(400);
    });

    it('a retried apply with the same key answers the first report and creates nothing twice', async () => {
      const { admin } = await pipelineTenant('Retry tenant');
      const key = randomUUID();
      const first = await post(admin, { mode: 'apply', pack: onboardingPack() }, key);
      const after = await tenantState(call, admin);
      const retried = await post(admin, { mode: 'apply', pack: onboardingPack() }, key);
      expect(retried.status).toBe(first.status);
      expect(retried.body).toEqual(first.body);
      expect(await tenantState(call, admin)).toEqual(after);
    });

    it('answers duplicates sent at once with one import', async () => {
      const { admin } = await pipelineTenant('Racing tenant');
      const key = randomUUID();
      const answers = await Promise.all([1, 2, 3].map(() => post(admin, { mode: 'apply', pack: onboardingPack() }, key)));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
      expect(audit.filter((e) => e.action === 'import.apply')).toHaveLength(1);
    });

    it('makes a duplicate that arrives while the first apply is still in its transaction wait, then answers it the same', async () => {
      let release: () => void = () => undefined;
      let entered: () => void = () => undefined;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const held = new Promise<void>((resolve) => (release = resolve));
      const slow = await startTestServer(store, { hooks: { insideImportApply: () => (entered(), held) } });
      try {
        const slowPost = importer(apiClient(slow));
        const { admin } = await makeTenant(slow.database.db, 'Slow tenant', 'pipeline');
        const key = randomUUID();
        const first = slowPost(admin, { mode: 'apply', pack: onboardingPack() }, key);
        await inside;
        const duplicate = slowPost(admin, { mode: 'apply', pack: onboardingPack() }, key);
        const early = await Promise.race([duplicate.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
        expect(early).toBe('waiting');
        release();
        const [a, b] = await Promise.all([first, duplicate]);
        expect([a.status, b.status]).toEqual([201, 201]);
        expect(b.body).toEqual(a.body);
      } finally {
        release();
        await slow.close();
      }
    });

    it('refuses the same key with another body with 409, naming the mistake', async () => {
      const { admin } = await pipelineTenant('Reused key tenant');
      const key = randomUUID();
      await post(admin, { mode: 'dry-run', pack: onboardingPack() }, key);
      const other = await post<ApiErrorBody>(admin, { mode: 'apply', pack: onboardingPack() }, key);
      expect(other.status).toBe(409);
      expect(other.body.error.message).toMatch(/already used for a different import request/);
    });

    it('keeps keys per tenant: another tenant may use the same key', async () => {
      const key = randomUUID();
      const a = await post((await pipelineTenant('Key tenant A')).admin, { mode: 'dry-run', pack: onboardingPack() }, key);
      const b = await post((await pipelineTenant('Key tenant B')).admin, { mode: 'dry-run', pack: onboardingPack() }, key);
      expect(b.status).toBe(201);
      expect(b.body.id).not.toBe(a.body.id);
    });
  });

  describe('authorisation', () => {
    it('needs a token with flows:write to import and flows:read to read a report; another tenant’s report is not found', async () => {
      const { admin, tenant } = await pipelineTenant('Owner tenant');
      const report = await post(admin, { mode: 'dry-run', pack: onboardingPack() });
      expect((await post<ApiErrorBody>('', { mode: 'dry-run', pack: onboardingPack() })).status).toBe(401);
      const reader = await makeToken(server.database.db, tenant.id, ['flows:read']);
      const forbidden = await post<ApiErrorBody>(reader.token, { mode: 'apply', pack: onboardingPack() });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.message).toContain('flows:write');
      expect((await call('GET', `/v1/imports/${report.body.id}`, { token: reader.token })).status).toBe(200);
      const { admin: stranger } = await pipelineTenant('Stranger tenant');
      expect((await call('GET', `/v1/imports/${report.body.id}`, { token: stranger })).status).toBe(404);
      // A stranger's apply lands in the stranger's tenant, never the owner's.
      await post(stranger, { mode: 'apply', pack: onboardingPack() });
      expect((await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows).toEqual([]);
    });
  });
}
