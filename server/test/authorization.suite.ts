import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TENANT_ROUTES } from '../../shared/tenant-api/routes';
import type { RouteDef } from '../../shared/tenant-api/routes';
import { TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { revokeToken } from '../store/tenant-store';
import { apiClient } from './api-client';
import type { CallOptions } from './api-client';
import type { TestServer } from './test-server';
import { makeTenant, makeToken, validFlow } from './tenant-fixtures';

const ROUTES = Object.entries(TENANT_ROUTES) as [string, RouteDef][];

/** A request each route would accept from its own tenant: a real body, and If-Match where needed. */
export function requestFor(def: RouteDef, flowId: string, document: unknown): { path: string; options: CallOptions } {
  const path = def.path.replace('{id}', flowId).replace('{action}', 'publish').replace('{revision}', '1');
  const body = def.path === '/v1/flows' ? { document: validFlow('Intruder') } : def.path.includes('{id}') ? { document } : def.path.endsWith('/tags') ? { name: 'x' } : { name: 'X field', type: 'text' };
  return { path, options: { body: def.body ? body : undefined, headers: def.ifMatch ? { 'if-match': '"1"' } : {} } };
}

/**
 * Authorisation of every route of the table, so a route added later is covered without
 * editing this file: no token or a bad one is 401, a token without the route's scope is 403,
 * and another tenant's flow ids are 404 and stay untouched.
 */
export function describeAuthorization(getServer: () => TestServer): void {
  describe('authorisation on every route', () => {
    let call: ReturnType<typeof apiClient>;
    let server: TestServer;
    let mine: string;
    let theirs: string;
    let theirFlow: FlowDetail;

    beforeAll(async () => {
      server = getServer();
      call = apiClient(server);
      const db = server.database.db;
      mine = (await makeTenant(db, 'Caller tenant')).admin;
      theirs = (await makeTenant(db, 'Other tenant')).admin;
      theirFlow = (await call<FlowDetail>('POST', '/v1/flows', { token: theirs, body: { document: validFlow('Their flow') } })).body;
    });

    it.each(ROUTES)('%s: 401 without a token, with an unknown one, and with a malformed header', async (_name, def) => {
      const { path, options } = requestFor(def, theirFlow.id, theirFlow.document);
      expect((await call(def.method, path, options)).status).toBe(401);
      expect((await call(def.method, path, { ...options, token: 'fpt_' + 'A'.repeat(43) })).status).toBe(401);
      expect((await call(def.method, path, { ...options, headers: { ...options.headers, authorization: 'Basic abc' } })).status).toBe(401);
    });

    it.each(ROUTES.filter(([, def]) => def.scope !== null))('%s: 403 for a token without the route scope', async (_name, def) => {
      const others = TOKEN_SCOPES.filter((scope) => scope !== def.scope);
      const tenantId = (await call<{ id: string }>('GET', '/v1/tenant', { token: mine })).body.id;
      const narrow = await makeToken(server.database.db, tenantId, others);
      const { path, options } = requestFor(def, theirFlow.id, theirFlow.document);
      const res = await call<{ error: { message: string } }>(def.method, path, { ...options, token: narrow.token });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(def.scope!);
    });

    it.each(ROUTES.filter(([, def]) => def.path.includes('{id}')))("%s: another tenant's flow is not found and stays as it was", async (_name, def) => {
      const { path, options } = requestFor(def, theirFlow.id, theirFlow.document);
      expect((await call(def.method, path, { ...options, token: mine })).status).toBe(404);
      const still = await call<FlowDetail>('GET', `/v1/flows/${theirFlow.id}`, { token: theirs });
      expect(still.body).toMatchObject({ revision: 1, status: 'draft' });
    });

    it("lists and audits nothing of another tenant's", async () => {
      const flows = await call<{ flows: { id: string }[] }>('GET', '/v1/flows', { token: mine });
      expect(flows.body.flows.map((f) => f.id)).not.toContain(theirFlow.id);
      const audit = await call<{ entries: { targetId: string | null }[] }>('GET', '/v1/audit', { token: mine });
      expect(audit.body.entries.map((e) => e.targetId)).not.toContain(theirFlow.id);
    });

    it('refuses expired and revoked tokens', async () => {
      const tenantId = (await call<{ id: string }>('GET', '/v1/tenant', { token: mine })).body.id;
      const db = server.database.db;
      const expired = await makeToken(db, tenantId, ['flows:read'], new Date(Date.now() - 1000));
      expect((await call('GET', '/v1/flows', { token: expired.token })).status).toBe(401);
      const revoked = await makeToken(db, tenantId, ['flows:read']);
      expect((await call('GET', '/v1/flows', { token: revoked.token })).status).toBe(200);
      // Revoked as `flowpack-tenant revoke-token` does, from another process: the server hears of it
      // through the database's change notification, which arrives a moment after the commit.
      await revokeToken(db, revoked.id, new Date());
      await vi.waitFor(async () => expect((await call('GET', '/v1/flows', { token: revoked.token })).status).toBe(401), { timeout: 10_000, interval: 50 });
    });
  });
}
