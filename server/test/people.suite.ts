import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { ROLE_SCOPES, ROLES } from '../../shared/tenant-api/roles';
import type { Role } from '../../shared/tenant-api/roles';
import { TENANT_ROUTES } from '../../shared/tenant-api/routes';
import type { RouteDef } from '../../shared/tenant-api/routes';
import type { TenantInfo } from '../../shared/tenant-api/tenant';
import { insertEntities } from '../store/catalog-store';
import { createToken } from '../store/tenant-store';
import { changeRole, deactivateUser, reactivateUser, setFeedPublishing } from '../store/user-store';
import { apiClient } from './api-client';
import { requestFor } from './authorization.suite';
import { ONBOARDING_FLOW_ID, onboardingPack } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makePerson, makeTenant, makeToken, validFlow } from './tenant-fixtures';

const SCOPED_ROUTES = (Object.entries(TENANT_ROUTES) as [string, RouteDef][]).filter(([, def]) => def.scope !== null);
const person = (user: { id: string; name: string; email: string }) => ({ id: user.id, name: user.name, email: user.email });

/** People with roles on a tenant, their tokens, and the client-feed grant, over real HTTP; run once per store. */
export function describePeople(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('roles on every route', () => {
    const tokens = new Map<Role, { token: string; name: string }>();
    let document: Flow;

    beforeAll(async () => {
      const db = server.database.db;
      const { tenant } = await makeTenant(db, 'Roles tenant');
      for (const role of ROLES) {
        const made = await makePerson(db, tenant.id, role, `Ana ${role}`);
        tokens.set(role, { token: made.token, name: made.user.name });
      }
      document = validFlow('Not here');
    });

    const cases = ROLES.flatMap((role) => SCOPED_ROUTES.map(([name, def]) => [role, name, def] as const));
    it.each(cases)("%s: a person's token on %s is allowed exactly when the role allows the route's scope", async (role, _name, def) => {
      // A flow id the tenant does not have: an allowed request goes past authorisation and answers 404, 400 or 422, never 401 or 403.
      const { path, options } = requestFor(def, randomUUID(), document);
      const { token, name } = tokens.get(role)!;
      const res = await call<ApiErrorBody>(def.method, path, { ...options, token });
      if (ROLE_SCOPES[role].includes(def.scope!)) {
        expect([401, 403]).not.toContain(res.status);
      } else {
        expect(res.status).toBe(403);
        expect(res.body.error.message).toBe(`This token lacks the "${def.scope}" scope: ${name}'s role, ${role}, does not allow it.`);
      }
    });

    it.each(ROLES)("%s: tells a person's token who it belongs to and what it may do: its scopes within the role", async (role) => {
      const { token, name } = tokens.get(role)!;
      const info = (await call<TenantInfo>('GET', '/v1/tenant', { token })).body.token;
      expect(info.scopes).toEqual(ROLE_SCOPES[role]);
      expect(info.user).toMatchObject({ name, role, mayPublishToFeed: false });
    });

    it("keeps a person's token within its own scopes too: the intersection, not the role", async () => {
      const db = server.database.db;
      const { tenant } = await makeTenant(db, 'Narrow tokens');
      const { token } = await makePerson(db, tenant.id, 'admin', 'Bea Admin', ['flows:read', 'feed:publish']);
      expect((await call<TenantInfo>('GET', '/v1/tenant', { token })).body.token.scopes).toEqual(['flows:read']);
      const res = await call<ApiErrorBody>('POST', '/v1/flows', { token, body: { document: validFlow('Narrow') } });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe('This token lacks the "flows:write" scope.');
    });
  });

  // pipeline-client-feed.pt.txt: "todos os usuários da organização podem fazer publicações no feed do CONECTA desde que
  // tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário."
  it('makes the client-feed rule follow the person on every write path: refused or switched off until an owner or admin grants it', async () => {
    const db = server.database.db;
    const { tenant, admin } = await makeTenant(db, 'Feed people', 'pipeline');
    const owner = await makePerson(db, tenant.id, 'owner', 'Olga Owner');
    const editor = await makePerson(db, tenant.id, 'editor', 'Eli Editor');
    const grant = (allowed: boolean) => setFeedPublishing(db, { tenantId: tenant.id, email: editor.user.email, by: owner.user.email, allowed, now: new Date() });

    // An import by the editor lands with the post switched off, the warning naming the person, the report naming them.
    const imported = await call<ImportReport>('POST', '/v1/imports', { token: editor.token, body: { mode: 'apply', pack: onboardingPack() }, headers: { 'idempotency-key': randomUUID() } });
    expect(imported.status).toBe(201);
    expect(imported.body.warnings).toContainEqual(expect.objectContaining({ code: 'FEED_STEP_DEACTIVATED', message: expect.stringContaining('Eli Editor is not authorised to publish to the client feed') }));
    expect(imported.body).toMatchObject({ tokenId: editor.tokenId, tokenLabel: "Eli Editor's laptop", user: person(editor.user) });

    // The machine admin token (feed:publish) finishes the flow with its post active, as a tenant would hold it.
    await insertEntities(db, tenant.id, [{ kind: 'user', id: 'u_feed', name: 'Feed author' }]);
    const held = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin })).body;
    const active = { ...held.document, nodes: held.document.nodes.map((node) => (node.type === 'publishToClientFeed' ? { ...node, config: { ...node.config, active: true, author: { $ref: 'user', id: 'u_feed', name: 'Feed author' } } } : node)) };
    expect((await call('PUT', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin, body: { document: active }, headers: { 'if-match': '"1"' } })).status).toBe(200);

    const refused = async (res: Promise<{ status: number; body: ApiErrorBody }>) => {
      const { status, body } = await res;
      expect(status).toBe(403);
      expect(body.error.message).toMatch(/^Eli Editor is not authorised to publish to the client feed .*ask an owner or an admin for the grant\.$/);
    };
    const save = (revision: number) => call<ApiErrorBody>('PUT', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: editor.token, body: { document: active }, headers: { 'if-match': `"${revision}"` } });
    await refused(call<ApiErrorBody>('POST', '/v1/flows', { token: editor.token, body: { document: { ...active, id: randomUUID() } } }));
    await refused(save(2));
    await refused(call<ApiErrorBody>('POST', `/v1/flows/${ONBOARDING_FLOW_ID}/duplicate`, { token: editor.token }));
    await refused(call<ApiErrorBody>('POST', `/v1/flows/${ONBOARDING_FLOW_ID}/actions/publish`, { token: editor.token, headers: { 'if-match': '"2"' } }));
    expect((await call<TenantInfo>('GET', '/v1/tenant', { token: editor.token })).body.token.scopes).not.toContain('feed:publish');

    // Granted by the owner, the same token saves and publishes it, from its next request.
    expect((await grant(true)).changed).toBe(true);
    expect((await call<TenantInfo>('GET', '/v1/tenant', { token: editor.token })).body.token).toMatchObject({ user: { mayPublishToFeed: true } });
    expect((await save(2)).status).toBe(200);
    expect((await call('POST', `/v1/flows/${ONBOARDING_FLOW_ID}/actions/publish`, { token: editor.token, headers: { 'if-match': '"3"' } })).status).toBe(200);

    // Taken back, it is refused again at once.
    await grant(false);
    await refused(call<ApiErrorBody>('POST', `/v1/flows/${ONBOARDING_FLOW_ID}/duplicate`, { token: editor.token }));

    // Only an owner or an admin authorises it; the audit log names who did.
    await expect(setFeedPublishing(db, { tenantId: tenant.id, email: editor.user.email, by: editor.user.email, allowed: true, now: new Date() })).rejects.toThrow(
      'is an editor: only an owner or an admin authorises publishing to the client feed.',
    );
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.find((e) => e.action === 'user.feedGrant' && e.targetId === editor.user.id)).toMatchObject({ tokenId: null, detail: { email: editor.user.email, by: person(owner.user) } });
    expect(audit.some((e) => e.action === 'user.feedRevoke' && e.targetId === editor.user.id)).toBe(true);
  });

  it("acts on a new role and a deactivation from the person's next request, and audits the refusal", async () => {
    const db = server.database.db;
    const { tenant, admin } = await makeTenant(db, 'Changing people');
    const ana = await makePerson(db, tenant.id, 'editor', 'Ana Lima');
    expect((await call('POST', '/v1/flows', { token: ana.token, body: { document: validFlow('Before') } })).status).toBe(201);

    // Changed as `flowpack-tenant` does, from another process: the server hears of it through the
    // database's change notification, which arrives a moment after the commit.
    await changeRole(db, { tenantId: tenant.id, email: ana.user.email, role: 'viewer', now: new Date() });
    const demoted = await vi.waitFor(async () => {
      const answer = await call<ApiErrorBody>('POST', '/v1/flows', { token: ana.token, body: { document: validFlow('After') } });
      expect(answer.status).toBe(403);
      return answer;
    }, { timeout: 10_000, interval: 50 });
    expect(demoted.body.error.message).toContain("Ana Lima's role, viewer, does not allow it");
    expect((await call('GET', '/v1/flows', { token: ana.token })).status).toBe(200);

    await deactivateUser(db, { tenantId: tenant.id, email: ana.user.email, now: new Date() });
    const gone = await vi.waitFor(async () => {
      const answer = await call<ApiErrorBody>('GET', '/v1/flows', { token: ana.token });
      expect(answer.status).toBe(401);
      return answer;
    }, { timeout: 10_000, interval: 50 });
    // The same answer as any bad token: a probe learns nothing of who was deactivated.
    expect(gone.body.error.message).toBe('The token is not valid: unknown, revoked or expired.');
    // Even a token made for her before is refused, and a machine token of the tenant is not affected.
    expect((await call('GET', '/v1/flows', { token: admin })).status).toBe(200);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.find((e) => e.action === 'auth.refused' && e.tokenId === ana.tokenId)).toMatchObject({ detail: { reason: 'deactivated' }, user: person(ana.user) });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'user.role', 'user.deactivate']));
  });

  it('a reactivated person works again with a new token; the tokens they held when deactivated stay refused', async () => {
    const db = server.database.db;
    const { tenant, admin } = await makeTenant(db, 'Coming back');
    const ana = await makePerson(db, tenant.id, 'editor', 'Ana Back');
    const deactivated = await deactivateUser(db, { tenantId: tenant.id, email: ana.user.email, now: new Date() });
    expect(deactivated.ended.tokens).toBe(1);

    const back = await reactivateUser(db, { tenantId: tenant.id, email: ana.user.email.toUpperCase(), now: new Date() });
    expect(back).toMatchObject({ changed: true, user: { role: 'editor', deactivatedAt: null } });
    const old = await call<ApiErrorBody>('GET', '/v1/flows', { token: ana.token });
    expect(old.status).toBe(401);
    expect(old.body.error.message).toBe('The token is not valid: unknown, revoked or expired.');
    const fresh = await createToken(db, { tenantId: tenant.id, scopes: ['flows:read', 'flows:write'], expiresAt: null, label: 'Ana again', userId: ana.user.id, now: new Date() });
    expect((await call('POST', '/v1/flows', { token: fresh.token, body: { document: validFlow('Back at work') } })).status).toBe(201);
    // Reactivating an active person changes nothing.
    expect((await reactivateUser(db, { tenantId: tenant.id, email: ana.user.email, now: new Date() })).changed).toBe(false);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.filter((e) => e.action === 'user.reactivate' && e.targetId === ana.user.id)).toEqual([expect.objectContaining({ tokenId: null, detail: { email: ana.user.email } })]);
    expect(audit.find((e) => e.action === 'user.deactivate' && e.targetId === ana.user.id)).toMatchObject({ detail: { email: ana.user.email, endedTokens: 1, endedSessions: 0 } });
  });

  it('names the person wherever the API says who did what, and keeps machine tokens to their labels', async () => {
    const db = server.database.db;
    const { tenant, admin, adminId } = await makeTenant(db, 'Who did what');
    const ana = await makePerson(db, tenant.id, 'editor', 'Ana Lima');
    const flow = validFlow('Named');
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: ana.token, body: { document: flow } });
    expect(created.body).toMatchObject({ createdBy: ana.tokenId, createdByLabel: "Ana Lima's laptop", createdByUser: person(ana.user), publishedByUser: null });
    const path = `/v1/flows/${flow.id}`;
    const saved = await call<FlowDetail>('PUT', path, { token: admin, body: { document: { ...flow, name: 'Named v2' } }, headers: { 'if-match': '"1"' } });
    expect(saved.body).toMatchObject({ updatedBy: adminId, updatedByLabel: 'first admin token', updatedByUser: null, createdByUser: person(ana.user) });
    const published = await call<{ flow: FlowSummary }>('POST', `${path}/actions/publish`, { token: ana.token, headers: { 'if-match': '"2"' } });
    expect(published.body.flow).toMatchObject({ publishedBy: ana.tokenId, publishedByUser: person(ana.user) });

    const listed = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows.find((f) => f.id === flow.id);
    expect(listed).toMatchObject({ createdByUser: person(ana.user), updatedByUser: null, publishedByUser: person(ana.user) });
    const revisions = (await call<{ revisions: { revision: number; createdByUser: unknown }[] }>('GET', `${path}/revisions`, { token: admin })).body.revisions;
    expect(revisions.map((r) => [r.revision, r.createdByUser])).toEqual([
      [2, null],
      [1, person(ana.user)],
    ]);
    expect((await call<{ createdByUser: unknown }>('GET', `${path}/revisions/1`, { token: admin })).body.createdByUser).toEqual(person(ana.user));
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: admin })).body.entries;
    expect(audit.find((e) => e.action === 'flow.create' && e.targetId === flow.id)).toMatchObject({ tokenId: ana.tokenId, tokenLabel: "Ana Lima's laptop", user: person(ana.user) });
    expect(audit.find((e) => e.action === 'flow.update' && e.targetId === flow.id)).toMatchObject({ tokenId: adminId, tokenLabel: 'first admin token', user: null });
    expect(JSON.stringify(audit)).not.toMatch(/password|scrypt/i);
  });

  it("gives no token to another tenant's person, and no person to another tenant's token", async () => {
    const db = server.database.db;
    const mine = await makeTenant(db, 'My tenant');
    const theirs = await makeTenant(db, 'Their tenant');
    const stranger = await makePerson(db, theirs.tenant.id, 'owner', 'Sam Stranger');
    await expect(createToken(db, { tenantId: mine.tenant.id, scopes: ['flows:read'], expiresAt: null, userId: stranger.user.id, now: new Date() })).rejects.toThrow();
    // Their person's token sees their tenant only, and my audit log never names them.
    const flow = validFlow('Mine only');
    expect((await call('POST', '/v1/flows', { token: mine.admin, body: { document: flow } })).status).toBe(201);
    expect((await call('GET', `/v1/flows/${flow.id}`, { token: stranger.token })).status).toBe(404);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=500', { token: mine.admin })).body.entries;
    expect(JSON.stringify(audit)).not.toContain(stranger.user.email);
    expect((await makeToken(db, mine.tenant.id, ['flows:read'])).id).toMatch(/^tok_/);
  });

  it('answered every request above as its OpenAPI document says', () => {
    expect(server.contract.checked).toBeGreaterThan(60);
  });
}
