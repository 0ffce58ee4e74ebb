import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import { ROLE_SCOPES } from '../../shared/tenant-api/roles';
import { STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';
import type { TenantInfo } from '../../shared/tenant-api/tenant';
import { registerCiClient } from '../oidc/ci-clients';
import { revokeToken } from '../store/tenant-store';
import { oidcRecords } from '../store/schema';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { createUser, deactivateUser, reactivateUser } from '../store/user-store';
import { apiClient } from './api-client';
import { authorizationUrl, formAction, pkcePair, postForm, signInWithBrowser, TestBrowser } from './sign-in-browser';
import type { TokenAnswer } from './sign-in-browser';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makePerson, makeTenant, validFlow } from './tenant-fixtures';

const PASSWORD = 'a test password';
const REDIRECT = 'http://127.0.0.1:51234/callback';

/** Signing in to the tenant as an OpenID Connect provider, driven over HTTP as a browser and a client would; run once per store. */
export function describeSignIn(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  const logLines: string[] = [];
  let tenantA: Awaited<ReturnType<typeof makeTenant>>;
  let tenantB: Awaited<ReturnType<typeof makeTenant>>;

  beforeAll(async () => {
    // Every line the server logs, to show no token ever reaches it.
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    server = await startTestServer(store, { logger: { level: 'trace', stream }, signIn: { signInLimit: { perAddress: { max: 1000, timeWindowMs: 60_000 }, perAccountAndAddress: { max: 3, timeWindowMs: 60_000 } } } });
    call = apiClient(server);
    tenantA = await makeTenant(server.database.db, 'Tenant A');
    tenantB = await makeTenant(server.database.db, 'Tenant B');
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A person of tenant A, signed in through the pages, with the code exchanged for tokens. */
  async function signedIn(role: Parameters<typeof makePerson>[2] = 'editor', tenantId = tenantA.tenant.id) {
    const person = await makePerson(server.database.db, tenantId, role, `Sam ${role}`);
    const { verifier, challenge } = pkcePair();
    const state = 'state-round-trip';
    const back = await signInWithBrowser(new TestBrowser(server.url), authorizationUrl(server.url, { challenge, challengeMethod: 'S256', state }), { email: person.user.email, password: PASSWORD });
    expect(back.searchParams.get('state')).toBe(state);
    const code = back.searchParams.get('code')!;
    const exchange = await postForm(server.url, '/token', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: STUDIO_CLIENT_ID, code_verifier: verifier });
    expect(exchange.status, JSON.stringify(exchange.body)).toBe(200);
    return { person, tokens: exchange.body };
  }

  it('publishes its discovery document at the server root, naming the server as the issuer and S256 as the only PKCE method', async () => {
    const response = await fetch(`${server.url}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(server.url);
    expect(discovery.authorization_endpoint).toBe(`${server.url}/oidc/auth`);
    expect(discovery.token_endpoint).toBe(`${server.url}/oidc/token`);
    expect(discovery.device_authorization_endpoint).toBe(`${server.url}/oidc/device/auth`);
    expect(discovery.revocation_endpoint).toBe(`${server.url}/oidc/token/revocation`);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.response_types_supported).toEqual(['code']);
    expect(discovery.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials', 'urn:ietf:params:oauth:grant-type:device_code']));
  });

  /** Every token the tests were given, to look for in the server's log. */
  const issued = new Set<string>();
  const keep = (tokens: TokenAnswer) => {
    for (const value of [tokens.access_token, tokens.refresh_token, tokens.id_token]) if (value) issued.add(value);
    return tokens;
  };
  const refresh = (refreshToken: string) => postForm(server.url, '/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: STUDIO_CLIENT_ID });
  /** Where the authorization endpoint sends a browser for a request: the sign-in page, an error page, or back to the client with an error. */
  const authorize = (request: Parameters<typeof authorizationUrl>[1]) => new TestBrowser(server.url).get(authorizationUrl(server.url, request));

  it('signs a person in with the authorization code and PKCE, state round-tripped: the access token reaches the API as that person, with the scopes their role allows', async () => {
    const { person, tokens } = await signedIn('viewer');
    keep(tokens);
    expect(tokens.refresh_token).toBeTruthy();
    const info = await call<TenantInfo>('GET', '/v1/tenant', { token: tokens.access_token });
    expect(info.status).toBe(200);
    expect(info.body.id).toBe(tenantA.tenant.id);
    expect(info.body.token.scopes.sort()).toEqual([...ROLE_SCOPES.viewer].sort());
    expect(info.body.token.user?.id).toBe(person.user.id);
    const write = await call<ApiErrorBody>('POST', '/v1/flows', { token: tokens.access_token, body: { document: validFlow('Viewer may not') } });
    expect(write.status).toBe(403);
  });

  it('a flow pushed in a signed-in session is created by the person', async () => {
    const { person, tokens } = await signedIn('editor');
    keep(tokens);
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: tokens.access_token, body: { document: validFlow('Signed in') } });
    expect(created.status).toBe(201);
    expect(created.body.createdByUser?.id).toBe(person.user.id);
  });

  it('refuses an authorization request without a code challenge, or with the plain method: S256 only', async () => {
    for (const request of [{ challenge: undefined }, { challenge: 'x'.repeat(43), challengeMethod: 'plain' }]) {
      const response = await authorize(request);
      const location = response.headers.get('location') ?? '';
      // An error goes back to the (valid) redirect address, never on to the sign-in page.
      expect(location.startsWith(REDIRECT)).toBe(true);
      expect(new URL(location).searchParams.get('error')).toBe('invalid_request');
    }
  });

  it('refuses a redirect address that is not registered: another host, another path on the loopback address', async () => {
    const { challenge } = pkcePair();
    for (const redirectUri of ['http://evil.example/callback', 'http://127.0.0.1:51234/other', 'https://127.0.0.1/callback']) {
      const response = await authorize({ challenge, challengeMethod: 'S256', redirectUri });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('accepts the loopback redirect address on any port (RFC 8252, section 7.3)', async () => {
    const { challenge } = pkcePair();
    for (const port of [1024, 49152, 65535]) {
      const response = await authorize({ challenge, challengeMethod: 'S256', redirectUri: `http://127.0.0.1:${port}/callback` });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/sign-in\//);
    }
  });

  it('refuses a code exchanged with the wrong verifier', async () => {
    const person = await makePerson(server.database.db, tenantA.tenant.id, 'editor', 'Pat');
    const { challenge } = pkcePair();
    const back = await signInWithBrowser(new TestBrowser(server.url), authorizationUrl(server.url, { challenge, challengeMethod: 'S256' }), { email: person.user.email, password: PASSWORD });
    const exchange = await postForm(server.url, '/token', { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: REDIRECT, client_id: STUDIO_CLIENT_ID, code_verifier: pkcePair().verifier });
    expect(exchange.status).toBe(400);
    expect(exchange.body.error).toBe('invalid_grant');
  });

  it('rotates the refresh token on every use; the new access token works', async () => {
    const { tokens } = await signedIn();
    keep(tokens);
    const next = await refresh(tokens.refresh_token!);
    expect(next.status).toBe(200);
    keep(next.body);
    expect(next.body.refresh_token).toBeTruthy();
    expect(next.body.refresh_token).not.toBe(tokens.refresh_token);
    expect((await call('GET', '/v1/flows', { token: next.body.access_token })).status).toBe(200);
  });

  it('a refresh token used twice revokes the whole family: its successor and their access tokens stop working', async () => {
    const { tokens } = await signedIn();
    keep(tokens);
    const next = keep((await refresh(tokens.refresh_token!)).body);
    const replay = await refresh(tokens.refresh_token!);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    expect((await refresh(next.refresh_token!)).status).toBe(400);
    expect((await call('GET', '/v1/flows', { token: next.access_token })).status).toBe(401);
    expect((await call('GET', '/v1/flows', { token: tokens.access_token })).status).toBe(401);
  });

  it('revoking the refresh token (signing out) ends the session: the refresh token and its access token are refused', async () => {
    const { tokens } = await signedIn();
    keep(tokens);
    const revoked = await postForm(server.url, '/token/revocation', { token: tokens.refresh_token!, token_type_hint: 'refresh_token', client_id: STUDIO_CLIENT_ID });
    expect(revoked.status).toBe(200);
    expect((await refresh(tokens.refresh_token!)).status).toBe(400);
    expect((await call('GET', '/v1/flows', { token: tokens.access_token })).status).toBe(401);
  });

  it("a deactivated person's access token is refused at once, and their refresh token gets no new one", async () => {
    const { person, tokens } = await signedIn();
    keep(tokens);
    expect((await call('GET', '/v1/flows', { token: tokens.access_token })).status).toBe(200);
    // Deactivated from another process (`flowpack-tenant`): heard through the database's change notification.
    await deactivateUser(server.database.db, { tenantId: tenantA.tenant.id, email: person.user.email, now: new Date() });
    await vi.waitFor(async () => expect((await call('GET', '/v1/flows', { token: tokens.access_token })).status).toBe(401), { timeout: 10_000, interval: 50 });
    const next = await refresh(tokens.refresh_token!);
    if (next.status === 200) expect((await call('GET', '/v1/flows', { token: next.body.access_token })).status).toBe(401);
    else expect(next.body.error).toBe('invalid_grant');
  });

  it('a reactivated person signs in again; the session and tokens they held when deactivated stay ended', async () => {
    const { person, tokens } = await signedIn();
    keep(tokens);
    const tenantId = tenantA.tenant.id;
    await deactivateUser(server.database.db, { tenantId, email: person.user.email, now: new Date() });
    await reactivateUser(server.database.db, { tenantId, email: person.user.email, now: new Date() });
    expect((await call('GET', '/v1/flows', { token: tokens.access_token })).status).toBe(401);
    const old = await refresh(tokens.refresh_token!);
    expect(old.status).toBe(400);
    expect(old.body.error).toBe('invalid_grant');
    // Signing in again gives working tokens.
    const { verifier, challenge } = pkcePair();
    const back = await signInWithBrowser(new TestBrowser(server.url), authorizationUrl(server.url, { challenge, challengeMethod: 'S256' }), { email: person.user.email, password: PASSWORD });
    const again = await postForm(server.url, '/token', { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: REDIRECT, client_id: STUDIO_CLIENT_ID, code_verifier: verifier });
    keep(again.body);
    const info = await call<TenantInfo>('GET', '/v1/tenant', { token: again.body.access_token });
    expect(info.status).toBe(200);
    expect(info.body.token.user?.id).toBe(person.user.id);
  });

  it("a person of tenant A gets nothing of tenant B's", async () => {
    const inB = await call<FlowDetail>('POST', '/v1/flows', { token: tenantB.admin, body: { document: validFlow('Only in B') } });
    expect(inB.status).toBe(201);
    const { tokens } = await signedIn('owner');
    keep(tokens);
    const list = await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: tokens.access_token });
    expect(list.body.flows.map((flow) => flow.id)).not.toContain(inB.body.id);
    expect((await call('GET', `/v1/flows/${inB.body.id}`, { token: tokens.access_token })).status).toBe(404);
    expect((await call<TenantInfo>('GET', '/v1/tenant', { token: tokens.access_token })).body.id).toBe(tenantA.tenant.id);
  });

  it('shows the consent in the person\'s language (Accept-Language), listing only the scopes their role allows', async () => {
    const person = await makePerson(server.database.db, tenantA.tenant.id, 'viewer', 'Lu');
    const { challenge } = pkcePair();
    const browser = new TestBrowser(server.url, 'es-MX,es;q=0.9,en;q=0.5');
    const signIn = await browser.follow(await browser.get(authorizationUrl(server.url, { challenge, challengeMethod: 'S256' })));
    const signInHtml = await signIn.response.text();
    expect(signInHtml).toContain('<html lang="es">');
    expect(signInHtml).toContain('<label for="password">Contraseña</label>');
    const consent = await browser.follow(await browser.post(formAction(signInHtml), { email: person.user.email, password: PASSWORD }));
    const html = await consent.response.text();
    expect(html).toContain('Leer los flujos y el catálogo');
    expect(html).not.toContain('Crear y cambiar flujos');
    expect(html).toContain('<button type="submit" name="decision" value="allow">Permitir</button>');
    const portuguese = new TestBrowser(server.url, 'pt-BR');
    const page = await portuguese.follow(await portuguese.get(authorizationUrl(server.url, { challenge, challengeMethod: 'S256' })));
    expect(await page.response.text()).toContain('<label for="password">Senha</label>');
  });

  it('signing in again in the same browser asks consent again (a native client\'s redirect can be another app\'s) and lists everything the editor will be able to do', async () => {
    const person = await makePerson(server.database.db, tenantA.tenant.id, 'viewer', 'Again');
    const browser = new TestBrowser(server.url);
    const first = await signInWithBrowser(browser, authorizationUrl(server.url, { challenge: pkcePair().challenge, challengeMethod: 'S256' }), { email: person.user.email, password: PASSWORD });
    expect(first.searchParams.get('code')).toBeTruthy();
    const again = await browser.follow(await browser.get(authorizationUrl(server.url, { challenge: pkcePair().challenge, challengeMethod: 'S256' })));
    const html = await again.response.text();
    expect(html).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(html).not.toContain('<label for="password">');
    expect(html).toContain('Read flows and the catalog');
    expect(html).not.toMatch(/<ul>\s*<\/ul>/);
  });

  it('an address that is a person on two tenants with this password asks which tenant, and signs in to the one chosen', async () => {
    const email = `twice.${Math.random().toString(36).slice(2, 8)}@example.com`;
    const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    await createUser(server.database.db, { tenantId: tenantA.tenant.id, email, name: 'Twice A', role: 'viewer', passwordHash, now: new Date() });
    const inB = await createUser(server.database.db, { tenantId: tenantB.tenant.id, email, name: 'Twice B', role: 'editor', passwordHash, now: new Date() });
    const { verifier, challenge } = pkcePair();
    const browser = new TestBrowser(server.url);
    const signIn = await browser.follow(await browser.get(authorizationUrl(server.url, { challenge, challengeMethod: 'S256' })));
    const action = formAction(await signIn.response.text());
    const choice = await browser.post(action, { email, password: PASSWORD });
    const choiceHtml = await choice.text();
    expect(choice.status).toBe(200);
    expect(choiceHtml).toContain('<label for="tenant">Tenant</label>');
    expect(choiceHtml).toContain('>Tenant A</option>');
    expect(choiceHtml).toContain('>Tenant B</option>');
    const consent = await browser.follow(await browser.post(action, { email, password: PASSWORD, tenant: tenantB.tenant.id }));
    const back = await browser.follow(await browser.post(formAction(await consent.response.text()), { decision: 'allow' }));
    const exchange = await postForm(server.url, '/token', { grant_type: 'authorization_code', code: back.leftFor!.searchParams.get('code')!, redirect_uri: REDIRECT, client_id: STUDIO_CLIENT_ID, code_verifier: verifier });
    keep(exchange.body);
    const info = await call<TenantInfo>('GET', '/v1/tenant', { token: exchange.body.access_token });
    expect(info.body.id).toBe(tenantB.tenant.id);
    expect(info.body.token.user?.id).toBe(inB.id);
  });

  it('a consent refused sends the browser back with access_denied and no code', async () => {
    const person = await makePerson(server.database.db, tenantA.tenant.id, 'editor', 'No');
    const { challenge } = pkcePair();
    const browser = new TestBrowser(server.url);
    const signIn = await browser.follow(await browser.get(authorizationUrl(server.url, { challenge, challengeMethod: 'S256' })));
    const consent = await browser.follow(await browser.post(formAction(await signIn.response.text()), { email: person.user.email, password: PASSWORD }));
    const back = await browser.follow(await browser.post(formAction(await consent.response.text()), { decision: 'deny' }));
    expect(back.leftFor?.searchParams.get('error')).toBe('access_denied');
    expect(back.leftFor?.searchParams.get('code')).toBeNull();
  });

  it('limits failed sign-ins per account from one client address: past the limit even the right password waits (429) there', async () => {
    const person = await makePerson(server.database.db, tenantA.tenant.id, 'editor', 'Guessed');
    const { challenge } = pkcePair();
    const attacker = new TestBrowser(server.url, 'en', '127.0.0.2');
    const signIn = await attacker.follow(await attacker.get(authorizationUrl(server.url, { challenge, challengeMethod: 'S256' })));
    const action = formAction(await signIn.response.text());
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await attacker.post(action, { email: person.user.email, password: `wrong password ${attempt}` });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toContain('role="alert"');
    }
    const limited = await attacker.post(action, { email: person.user.email.toUpperCase(), password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // given someone else's address has used up its attempts on the account, when its owner signs in from theirs
    const owner = await signInWithBrowser(new TestBrowser(server.url, 'en', '127.0.0.3'), authorizationUrl(server.url, { challenge, challengeMethod: 'S256' }), { email: person.user.email, password: PASSWORD });
    // then they are not locked out, and the other address still is
    expect(owner.searchParams.get('code')).toBeTruthy();
    expect((await attacker.post(action, { email: person.user.email, password: PASSWORD })).status).toBe(429);
  });

  it('a CI client gets access tokens with its id and secret (client credentials), within its scopes; revoking its token row stops them', async () => {
    const ci = await registerCiClient(server.database.db, { tenantId: tenantA.tenant.id, label: 'CI deploy', scopes: ['flows:read'], now: new Date() });
    const basic = `Basic ${Buffer.from(`${ci.clientId}:${ci.clientSecret}`).toString('base64')}`;
    const grant = async (scope: string) => {
      const response = await fetch(`${server.url}/oidc/token`, { method: 'POST', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString() });
      return { status: response.status, body: (await response.json()) as TokenAnswer };
    };
    const tokens = await grant('flows:read');
    expect(tokens.status).toBe(200);
    keep(tokens.body);
    const info = await call<TenantInfo>('GET', '/v1/tenant', { token: tokens.body.access_token });
    expect(info.body.id).toBe(tenantA.tenant.id);
    expect(info.body.token.label).toBe('CI deploy');
    expect(info.body.token.scopes).toEqual(['flows:read']);
    expect((await call('POST', '/v1/flows', { token: tokens.body.access_token, body: { document: validFlow('CI may not') } })).status).toBe(403);
    // A scope the client was not given never reaches its tokens (the provider leaves it out of the grant).
    const wider = await grant('flows:read flows:write');
    if (wider.status === 200) {
      keep(wider.body);
      expect((await call<TenantInfo>('GET', '/v1/tenant', { token: wider.body.access_token })).body.token.scopes).toEqual(['flows:read']);
      expect((await call('POST', '/v1/flows', { token: wider.body.access_token, body: { document: validFlow('CI may not either') } })).status).toBe(403);
    } else expect(wider.status).toBe(400);
    const wrongSecret = await fetch(`${server.url}/oidc/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${ci.clientId}:nope`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&scope=flows%3Aread' });
    expect(wrongSecret.status).toBe(401);
    // The database keeps only the secret's hash: a copy of it does not let anyone act as the client.
    const [stored] = await server.database.db.select().from(oidcRecords).where(eq(oidcRecords.id, ci.clientId));
    expect(JSON.stringify(stored!.payload)).not.toContain(ci.clientSecret);
    const withStoredValue = await fetch(`${server.url}/oidc/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${ci.clientId}:${(stored!.payload as { client_secret: string }).client_secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&scope=flows%3Aread' });
    expect(withStoredValue.status).toBe(401);
    await revokeToken(server.database.db, ci.tokenId, new Date());
    await vi.waitFor(async () => expect((await call('GET', '/v1/flows', { token: tokens.body.access_token })).status).toBe(401), { timeout: 10_000, interval: 50 });
  });

  it('no token, code or password reaches the server log', () => {
    expect(issued.size).toBeGreaterThan(5);
    const log = logLines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const token of issued) expect(log).not.toContain(token);
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toMatch(/[?&]code=/);
  });
}
