import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { TenantInfo } from '../../shared/tenant-api/tenant';
import { defaultTokenLabel } from '../../shared/tenant-api/token-label';
import { createTenant } from '../store/tenant-store';
import { apiClient } from './api-client';
import { describeAuthorization } from './authorization.suite';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { invalidFlow, makeTenant, makeToken, validFlow } from './tenant-fixtures';

/** The tenant API over real HTTP on loopback, run once per store (PGlite, PostgreSQL). */
export function describeTenantApi(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let adminId: string;
  let tenantId: string;

  beforeAll(async () => {
    // The authorisation tests send bad tokens to every route on purpose, more than one address may
    // fail in a minute; that limit has its own tests (refusals.suite.ts).
    server = await startTestServer(store, { authFailureLimit: { max: 1_000, timeWindowMs: 60_000 } });
    call = apiClient(server);
    ({ admin, adminId, tenant: { id: tenantId } } = await makeTenant(server.database.db, 'Acme Support'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('tells a token which tenant it belongs to, its limits and its own scopes', async () => {
    const res = await call<TenantInfo>('GET', '/v1/tenant', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: tenantId, name: 'Acme Support', profile: 'conversations', token: { id: adminId, label: 'first admin token', expiresAt: null } });
    expect(res.body.limits.maxFlows).toBeGreaterThan(0);
    expect(res.body.token.scopes).toContain('flows:write');
  });

  it('serves the catalog as a snapshot a client can save and plan against offline', async () => {
    const tag = await call<{ id: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'VIP' } });
    expect(tag.status).toBe(201);
    // Names are matched exactly as written, as import matches them (pipeline-export.pt.txt: "uma tag com o nome
    // exatamente igual [...] será utilizada"): "vip" is another tag, "VIP" again is the same one.
    const other = await call<{ id: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'vip' } });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(tag.body.id);
    const again = await call<{ id: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'VIP' } });
    expect(again.body.id).toBe(tag.body.id);
    // One name in its two Unicode spellings (an accent as one character, or as a combining mark) is the same tag.
    const composed = await call<{ id: string; name: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'Renova\u00e7\u00e3o' } });
    const decomposed = await call<{ id: string; name: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'Renovac\u0327a\u0303o' } });
    expect(decomposed.body).toEqual(composed.body);
    const racing = await Promise.all(['Renewal', 'Renewal', 'Renewal'].map((name) => call<{ id: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name } })));
    expect(new Set(racing.map((r) => r.body.id)).size).toBe(1);
    const field = await call('POST', '/v1/catalog/custom-fields', { token: admin, body: { name: 'Lifetime value', type: 'currency' } });
    expect(field.body).toEqual({ id: 'lifetime_value', name: 'Lifetime value', type: 'currency' });
    const duplicate = await call<ApiErrorBody>('POST', '/v1/catalog/custom-fields', { token: admin, body: { key: 'ltv', name: 'Lifetime value', type: 'number' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toContain('named "Lifetime value"');
    const otherCase = await call('POST', '/v1/catalog/custom-fields', { token: admin, body: { key: 'ltv', name: 'lifetime VALUE', type: 'number' } });
    expect(otherCase.status).toBe(201);

    const catalog = await call('GET', '/v1/catalog', { token: admin });
    const snapshot = catalogSnapshotSchema.parse(catalog.body);
    expect(snapshot.tenant.id).toBe(tenantId);
    expect(snapshot.entities.tag.map((t) => t.name).sort()).toEqual(['Renewal', 'Renova\u00e7\u00e3o', 'VIP', 'vip']);
    expect(snapshot.entities.customField.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'lifetime_value', name: 'Lifetime value', type: 'currency' },
      { id: 'ltv', name: 'lifetime VALUE', type: 'number' },
    ]);
  });

  it('refuses malformed input with 400 naming the field', async () => {
    const res = await call<ApiErrorBody>('POST', '/v1/catalog/custom-fields', { token: admin, body: { name: 'Size', type: 'shoe-size' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('body.type');
  });

  it('keeps each save as a revision, guarded by If-Match', async () => {
    const flow = validFlow('Welcome');
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: flow, folder: 'Support' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ id: flow.id, status: 'draft', folder: 'Support', revision: 1, createdBy: adminId });

    const path = `/v1/flows/${flow.id}`;
    const edited = { ...flow, name: 'Welcome v2' };
    expect((await call('PUT', path, { token: admin, body: { document: edited } })).status).toBe(428);
    const saved = await call<FlowDetail>('PUT', path, { token: admin, body: { document: edited }, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body).toMatchObject({ name: 'Welcome v2', revision: 2, folder: 'Support' });

    // given a client that last read revision 1, when it saves, then its stale change is refused
    const stale = await call<ApiErrorBody>('PUT', path, { token: admin, body: { document: { ...flow, name: 'Lost update' } }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    const current = await call<FlowDetail>('GET', path, { token: admin });
    expect(current.headers.get('etag')).toBe('"2"');
    expect(current.body.document.name).toBe('Welcome v2');
    // The document reads back as it was saved, key order included (it diffs cleanly against the file).
    expect(Object.keys(current.body.document)).toEqual(Object.keys(edited));
    expect(Object.keys(current.body.document.nodes[0]!)).toEqual(Object.keys(edited.nodes[0]!));

    const revisions = await call<{ revisions: { revision: number; name: string }[] }>('GET', `${path}/revisions`, { token: admin });
    expect(revisions.body.revisions.map((r) => [r.revision, r.name])).toEqual([
      [2, 'Welcome v2'],
      [1, 'Welcome'],
    ]);
    // each revision keeps its document, so a client can compare with the version it last synchronised
    const first = await call<FlowDetail>('GET', `${path}/revisions/1`, { token: admin });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 1, name: 'Welcome', document: { id: flow.id, name: 'Welcome' } });
    expect((await call('GET', `${path}/revisions/9`, { token: admin })).status).toBe(404);

    expect((await call('DELETE', path, { token: admin })).status).toBe(428);
    expect((await call('DELETE', path, { token: admin, headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await call('DELETE', path, { token: admin, headers: { 'if-match': '"2"' } })).body).toEqual({ id: flow.id, revision: 2 });
    expect((await call('GET', path, { token: admin })).status).toBe(404);
  });

  it('lets only one of two writers racing on the same revision win', async () => {
    const flow = validFlow('Contended');
    await call('POST', '/v1/flows', { token: admin, body: { document: flow } });
    const save = (name: string) => call('PUT', `/v1/flows/${flow.id}`, { token: admin, body: { document: { ...flow, name } }, headers: { 'if-match': '"1"' } });
    const statuses = (await Promise.all([save('Writer A'), save('Writer B')])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 412]);
    const revisions = await call<{ revisions: unknown[] }>('GET', `/v1/flows/${flow.id}/revisions`, { token: admin });
    expect(revisions.body.revisions).toHaveLength(2);
  });

  it('re-validates every flow and refuses one with errors, storing nothing', async () => {
    const before = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows.length;
    const refused = await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: invalidFlow('Broken') } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toContain('EDGE_DANGLING');
    const otherProfile = await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: validFlow('Cart', 'journeys') } });
    expect(otherProfile.body.error.diagnostics?.map((d) => d.code)).toContain('IMPORT_PROFILE_MISMATCH');
    expect((await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows).toHaveLength(before);
  });

  it('holds a tenant to its own limits, reported in its info', async () => {
    const { tenant, token } = await createTenant(server.database.db, { name: 'Small plan', profile: 'conversations', limits: { maxFlows: 1 }, now: new Date() });
    expect((await call<TenantInfo>('GET', '/v1/tenant', { token: token.token })).body.limits.maxFlows).toBe(1);
    expect((await call('POST', '/v1/flows', { token: token.token, body: { document: validFlow('First') } })).status).toBe(201);
    const second = await call<ApiErrorBody>('POST', '/v1/flows', { token: token.token, body: { document: validFlow('Second') } });
    expect(second.status).toBe(422);
    expect(second.body.error.diagnostics?.map((d) => d.code)).toEqual(['LIMIT_FLOWS']);
    expect(tenant.limits).toEqual({ maxFlows: 1 });
  });

  it('refuses a second flow with the same id and a document that is not the flow in the URL', async () => {
    const flow = validFlow('Router');
    await call('POST', '/v1/flows', { token: admin, body: { document: flow } });
    expect((await call('POST', '/v1/flows', { token: admin, body: { document: flow } })).status).toBe(409);
    const other = validFlow('Other');
    const res = await call('PUT', `/v1/flows/${flow.id}`, { token: admin, body: { document: other }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(400);
  });

  it('lists flows filtered by status, folder and text (wildcards typed are literal)', async () => {
    await call('POST', '/v1/flows', { token: admin, body: { document: validFlow('Sales 100% routing'), folder: 'Sales' } });
    await call('POST', '/v1/flows', { token: admin, body: { document: validFlow('Sales 1 routing'), folder: 'Sales/Inbound' } });
    const names = async (query: string) => (await call<{ flows: FlowSummary[] }>('GET', `/v1/flows?${query}`, { token: admin })).body.flows.map((f) => f.name);
    expect(await names('folder=Sales')).toEqual(['Sales 100% routing']);
    expect(await names('text=100%25')).toEqual(['Sales 100% routing']);
    expect(await names('text=ROUTING')).toEqual(['Sales 100% routing', 'Sales 1 routing']);
    expect(await names('status=published')).toEqual([]);
    expect((await call('GET', '/v1/flows?status=shipped', { token: admin })).status).toBe(400);
  });

  it('records every write in the audit log with the token that made it', async () => {
    const writer = await makeToken(server.database.db, tenantId, ['flows:write', 'flows:read']);
    const flow = validFlow('Audited');
    await call('POST', '/v1/flows', { token: writer.token, body: { document: flow } });
    const res = await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin });
    const entry = res.body.entries.find((e) => e.action === 'flow.create' && e.targetId === flow.id);
    expect(entry).toMatchObject({ tokenId: writer.id, tokenLabel: defaultTokenLabel(writer.id) });
    const actions = new Set(res.body.entries.map((e) => e.action));
    for (const action of ['tenant.create', 'token.create', 'tag.create', 'customField.create', 'flow.update', 'flow.delete']) expect(actions).toContain(action);
    expect(JSON.stringify(res.body)).not.toContain(writer.token);
  });

  it('names the token that acted wherever the API says who did what: flows, revisions, the audit log', async () => {
    // given the admin token create-tenant labelled, and a token labelled for a tool
    const deploy = await makeToken(server.database.db, tenantId, ['flows:read', 'flows:write'], null, '  CI deploy ');
    expect((await call<TenantInfo>('GET', '/v1/tenant', { token: deploy.token })).body.token).toMatchObject({ id: deploy.id, label: 'CI deploy' });

    // when the admin creates a flow and the tool saves it
    const flow = validFlow('Labelled');
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: flow } });
    expect(created.body).toMatchObject({ createdBy: adminId, createdByLabel: 'first admin token', updatedByLabel: 'first admin token', publishedBy: null, publishedByLabel: null });
    const path = `/v1/flows/${flow.id}`;
    const saved = await call<FlowDetail>('PUT', path, { token: deploy.token, body: { document: { ...flow, name: 'Labelled v2' } }, headers: { 'if-match': '"1"' } });
    expect(saved.body).toMatchObject({ createdByLabel: 'first admin token', updatedBy: deploy.id, updatedByLabel: 'CI deploy' });

    // then the list, the flow, its revisions and the audit log name both, the ids kept beside the names
    const listed = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows.find((f) => f.id === flow.id);
    expect(listed).toMatchObject({ createdBy: adminId, createdByLabel: 'first admin token', updatedBy: deploy.id, updatedByLabel: 'CI deploy' });
    expect((await call<FlowDetail>('GET', path, { token: admin })).body).toMatchObject({ updatedByLabel: 'CI deploy' });
    const revisions = await call<{ revisions: { revision: number; createdBy: string; createdByLabel: string }[] }>('GET', `${path}/revisions`, { token: admin });
    expect(revisions.body.revisions.map((r) => [r.revision, r.createdBy, r.createdByLabel])).toEqual([
      [2, deploy.id, 'CI deploy'],
      [1, adminId, 'first admin token'],
    ]);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.find((e) => e.action === 'flow.update' && e.targetId === flow.id)).toMatchObject({ tokenId: deploy.id, tokenLabel: 'CI deploy' });
    // The command line issued the token: no token acted, and the entry records the label it gave.
    expect(audit.find((e) => e.action === 'token.create' && e.targetId === deploy.id)).toMatchObject({ tokenId: null, tokenLabel: null, detail: { label: 'CI deploy' } });
    expect(JSON.stringify(audit)).not.toContain(deploy.token);
  });

  describeAuthorization(() => server);

  it('answered every request above as its OpenAPI document says', () => {
    expect(server.contract.checked).toBeGreaterThan(40);
  });
}
