import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';
import { SummaryCache } from '../../node/services/summary-cache';
import { WorkspaceRoot } from '../../node/services/workspace-root';
import { testKeychain } from '../../node/services/temp-workspace.testing';
import { createTenantConnections, TENANTS_FILE } from '../../node/services/tenant-connections';
import { createTenantService } from '../../node/services/tenant-handlers';
import { createTenantSessions } from '../../node/services/sign-in/tenant-sessions';
import { postForm, signInWithBrowser, TestBrowser } from '../../server/test/sign-in-browser';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';

/** The tenant's access tokens live two minutes here: renewed one minute before they run out. */
const ACCESS_TOKEN_SECONDS = 120;
const PASSWORD = 'a test password';
const REDIRECT = 'http://127.0.0.1:49152/callback';

let server: TestServer;
let adminToken: string;
let person: Awaited<ReturnType<typeof makePerson>>;
let appDataDir: string;
let workspace: string;
let now = Date.now();
const clock = () => new Date(now);

beforeAll(async () => {
  server = await startTestServer('pglite', { signIn: { accessTokenSeconds: ACCESS_TOKEN_SECONDS } });
  const tenant = await makeTenant(server.database.db, 'Sign-in tenant');
  adminToken = tenant.admin;
  person = await makePerson(server.database.db, tenant.tenant.id, 'editor', 'Rosa Editor');
  appDataDir = mkdtempSync(join(tmpdir(), 'flowpack-sign-in-'));
  workspace = mkdtempSync(join(tmpdir(), 'flowpack-sign-in-workspace-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(appDataDir, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

const connections = () => createTenantConnections({ appDataDir, box: testKeychain, clock, newId: () => crypto.randomUUID() });
const tenantsFile = () => readFileSync(join(appDataDir, TENANTS_FILE), 'utf8');
/** The sealed refresh token of a connection, opened as the host does. */
const keptRefreshToken = async (id: string) => (await connections().session(id))?.refreshToken;
/** A token request with a refresh token, as anyone holding it could make. */
const refreshDirectly = (refreshToken: string) => postForm(server.url, '/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: STUDIO_CLIENT_ID });

async function addConnection(name: string) {
  return connections().add({ name, url: server.url, token: adminToken });
}

/** The browser host's tenant service: its own redirect route hands the tenant's answer to `completeSignIn`. */
function pageService(fetch: typeof globalThis.fetch = globalThis.fetch) {
  return createTenantService({
    appDataDir,
    box: testKeychain,
    fetch,
    clock,
    root: new WorkspaceRoot(workspace),
    summaries: new SummaryCache(),
    appVersion: 'test',
    emit: () => undefined,
    signIn: { kind: 'page', redirectUri: () => REDIRECT },
  });
}

/** The person on the tenant's pages: sign in, allow; the address the browser is sent back to. */
const throughTheTenantPages = (address: string) => signInWithBrowser(new TestBrowser(server.url), address, { email: person.user.email, password: PASSWORD });

describe('signing in to a tenant from the editor (host side, against a real tenant)', () => {
  it('signs in with the authorization code, S256 PKCE and state; keeps the refresh token sealed and names who signed in', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const connection = await addConnection('Signed in');
    const address = new URL(await sessions.begin(connection.id, REDIRECT));
    expect(address.searchParams.get('code_challenge_method')).toBe('S256');
    expect(address.searchParams.get('state')).toMatch(/.{20,}/);
    expect(address.searchParams.get('redirect_uri')).toBe(REDIRECT);

    const back = await throughTheTenantPages(address.href);
    const signedIn = await sessions.complete(back);
    expect(signedIn.signedInAs).toEqual({ name: 'Rosa Editor', email: person.user.email });
    expect(await sessions.wait(connection.id)).toEqual(signedIn);

    const refreshToken = (await keptRefreshToken(connection.id))!;
    expect(refreshToken).toBeTruthy();
    // Sealed like the pasted token: neither the refresh token nor an access token is in the file as it is.
    expect(tenantsFile()).not.toContain(refreshToken);
    const accessToken = (await sessions.accessToken(connection.id))!;
    expect(tenantsFile()).not.toContain(accessToken);
    const me = await fetch(`${server.url}/v1/tenant`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
  });

  it('renews the access token before it expires, keeps the rotated refresh token at once, and the old one is refused', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const connection = await addConnection('Renewing');
    await sessions.complete(await throughTheTenantPages(await sessions.begin(connection.id, REDIRECT)));
    const first = await sessions.accessToken(connection.id);
    const firstRefresh = (await keptRefreshToken(connection.id))!;

    // Well within its life: the same token, nothing asked of the tenant.
    now += 30_000;
    expect(await sessions.accessToken(connection.id)).toBe(first);
    expect(await keptRefreshToken(connection.id)).toBe(firstRefresh);

    // Within a minute of its end: renewed before it runs out.
    now += 31_000;
    const renewed = await sessions.accessToken(connection.id);
    expect(renewed).not.toBe(first);
    const rotated = (await keptRefreshToken(connection.id))!;
    expect(rotated).not.toBe(firstRefresh);
    expect((await fetch(`${server.url}/v1/tenant`, { headers: { authorization: `Bearer ${renewed}` } })).status).toBe(200);
    // The provider rotated it: the old refresh token no longer works (and presenting it ends the session).
    expect((await refreshDirectly(firstRefresh)).body.error).toBe('invalid_grant');
  });

  it('renews once for calls made together: a second refresh with a used token would end the session', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const connection = await addConnection('Together');
    await sessions.complete(await throughTheTenantPages(await sessions.begin(connection.id, REDIRECT)));
    now += ACCESS_TOKEN_SECONDS * 1000;
    const tokens = await Promise.all([sessions.accessToken(connection.id), sessions.accessToken(connection.id), sessions.accessToken(connection.id)]);
    expect(new Set(tokens).size).toBe(1);
    expect((await fetch(`${server.url}/v1/tenant`, { headers: { authorization: `Bearer ${tokens[0]}` } })).status).toBe(200);
  });

  it('signs out: the tenant revokes the refresh token, the session is forgotten, the connection names nobody', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const connection = await addConnection('Signing out');
    await sessions.complete(await throughTheTenantPages(await sessions.begin(connection.id, REDIRECT)));
    const refreshToken = (await keptRefreshToken(connection.id))!;

    expect(await sessions.signOut(connection.id)).toEqual({ revoked: true });
    expect(await keptRefreshToken(connection.id)).toBeUndefined();
    expect((await connections().list()).find((each) => each.id === connection.id)?.signedInAs).toBeNull();
    expect(await sessions.accessToken(connection.id)).toBeUndefined();
    const refused = await refreshDirectly(refreshToken);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
  });

  it('refuses an answer whose state matches no sign-in in progress, and keeps no session', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const connection = await addConnection('Wrong state');
    const back = await throughTheTenantPages(await sessions.begin(connection.id, REDIRECT));
    const forged = new URL(back);
    forged.searchParams.set('state', 'a-state-nobody-sent');
    await expect(sessions.complete(forged)).rejects.toThrow(/matches no sign-in in progress/);
    expect(await keptRefreshToken(connection.id)).toBeUndefined();
  });

  it('refuses a code obtained for another sign-in (its PKCE verifier does not match), and keeps no session', async () => {
    const sessions = createTenantSessions({ connections: connections(), clock });
    const mine = await addConnection('PKCE mine');
    const other = await addConnection('PKCE other');
    const stolen = await throughTheTenantPages(await sessions.begin(other.id, REDIRECT));
    const myState = new URL(await sessions.begin(mine.id, REDIRECT)).searchParams.get('state')!;
    // The other sign-in's code, delivered with this one's state: exchanged with this one's verifier.
    const injected = new URL(stolen);
    injected.searchParams.set('state', myState);
    const outcome = sessions.wait(mine.id);
    await expect(sessions.complete(injected)).rejects.toThrow(/refused the sign-in/);
    await expect(outcome).rejects.toThrow(/refused the sign-in/);
    expect(await keptRefreshToken(mine.id)).toBeUndefined();
  });
});

describe('the desktop app signs in through the system browser and a loopback redirect (Electron faked)', () => {
  it('opens the sign-in page in the system browser, comes back to 127.0.0.1 on a free port, then lists flows as the person', async () => {
    const opened: string[] = [];
    // Stands in for shell.openExternal: the system browser goes through the pages and back to the loopback address.
    const openExternal = vi.fn(async (address: string) => {
      opened.push(address);
      void throughTheTenantPages(address).then((back) => fetch(back));
    });
    const service = createTenantService({
      appDataDir,
      box: testKeychain,
      fetch: globalThis.fetch,
      clock,
      root: new WorkspaceRoot(workspace),
      summaries: new SummaryCache(),
      appVersion: 'test',
      emit: () => undefined,
      signIn: { kind: 'system-browser', openExternal },
    });
    const { connection } = await service.handlers['tenants:add']({ name: 'Desktop', url: server.url, token: adminToken, allowUnprotected: false });
    expect(await service.handlers['tenants:signIn']({ id: connection.id })).toEqual({ openInPage: null });
    const redirect = new URL(new URL(opened[0]!).searchParams.get('redirect_uri')!);
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(redirect.pathname).toBe('/callback');
    expect(Number(redirect.port)).toBeGreaterThan(0);

    const { connection: signedIn } = await service.handlers['tenants:signInWait']({ id: connection.id });
    expect(signedIn?.signedInAs?.email).toBe(person.user.email);
    const listed = JSON.stringify(await service.handlers['tenants:list']({}));
    expect(listed).toContain('Rosa Editor');
    expect(listed).not.toContain((await keptRefreshToken(connection.id))!);
    // The call goes as the signed-in person (their role, not the admin token's).
    const { info } = await service.handlers['tenants:test']({ id: connection.id });
    expect(info.token.label).toBe('Flowpack Studio (signed in)');
    // The loopback server listened for this sign-in only.
    await expect(fetch(redirect)).rejects.toThrow();
  });
});

describe('a connection added to sign in with, without a token', () => {
  it('is added by its address alone, asks for a sign-in before any call, then works as the person and needs a sign-in again after signing out', async () => {
    const service = pageService();
    const { connection } = await service.handlers['tenants:add']({ name: 'Address only', url: server.url, token: '', allowUnprotected: false });
    expect(connection).toMatchObject({ hasToken: false, protected: true, signedInAs: null });
    await expect(service.handlers['tenants:flows']({ id: connection.id })).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });

    const { openInPage } = await service.handlers['tenants:signIn']({ id: connection.id });
    await service.completeSignIn(await throughTheTenantPages(openInPage!));
    expect((await service.handlers['tenants:signInWait']({ id: connection.id })).connection?.signedInAs?.name).toBe('Rosa Editor');
    // Sealed as a pasted token would be: the keychain protects the session of a connection with no token.
    expect(tenantsFile()).not.toContain((await keptRefreshToken(connection.id))!);
    const { info } = await service.handlers['tenants:test']({ id: connection.id });
    expect(info.token.label).toBe('Flowpack Studio (signed in)');

    await service.handlers['tenants:signOut']({ id: connection.id });
    await expect(service.handlers['tenants:flows']({ id: connection.id })).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('a cancelled sign-in ends the wait with no one signed in, and its answer, should it still come, signs nobody in', async () => {
    const service = pageService();
    const { connection } = await service.handlers['tenants:add']({ name: 'Cancelled', url: server.url, token: '', allowUnprotected: false });
    const { openInPage } = await service.handlers['tenants:signIn']({ id: connection.id });
    const waiting = service.handlers['tenants:signInWait']({ id: connection.id });
    await service.handlers['tenants:signInCancel']({ id: connection.id });
    expect(await waiting).toEqual({ connection: null });

    const lateAnswer = await throughTheTenantPages(openInPage!);
    await expect(service.completeSignIn(lateAnswer)).rejects.toThrow(/matches no sign-in in progress/);
    expect(await keptRefreshToken(connection.id)).toBeUndefined();
  });
});

describe('tenant calls with a signed-in session', () => {
  /**
   * The tenant API requests as sent, with their bearer tokens and answers (the provider's requests go
   * through the same fetch, and are left out); `refuseNext` has the tenant refuse the next API request (401).
   */
  function watchedTenant() {
    const sent: { token: string; status: number }[] = [];
    const providerRequests: string[] = [];
    let refuseNext = false;
    const fetch: typeof globalThis.fetch = async (url, init) => {
      if (!String(url).includes('/v1/')) {
        providerRequests.push(new URL(String(url)).pathname);
        return globalThis.fetch(url, init);
      }
      const token = (new Headers(init?.headers).get('authorization') ?? '').replace(/^Bearer /, '');
      // As a tenant whose clock runs ahead would: the token refused before the host expected it to run out.
      const response = refuseNext ? new Response('{"error":"unauthorized","message":"expired"}', { status: 401, headers: { 'content-type': 'application/json' } }) : await globalThis.fetch(url, init);
      refuseNext = false;
      sent.push({ token, status: response.status });
      return response;
    };
    return { sent, providerRequests, fetch, refuseNext: () => (refuseNext = true) };
  }

  async function signedInService(name: string, fetch: typeof globalThis.fetch) {
    const service = pageService(fetch);
    const { connection } = await service.handlers['tenants:add']({ name, url: server.url, token: adminToken, allowUnprotected: false });
    const { openInPage } = await service.handlers['tenants:signIn']({ id: connection.id });
    // The browser host's redirect route hands the answer over, as the loopback server does in the desktop app.
    await service.completeSignIn(await throughTheTenantPages(openInPage!));
    expect((await service.handlers['tenants:signInWait']({ id: connection.id })).connection?.signedInAs?.name).toBe('Rosa Editor');
    return { service, id: connection.id };
  }

  it('an access token the tenant refuses before the host expected (401) is renewed once and the call goes through, unseen', async () => {
    const tenant = watchedTenant();
    const { service, id } = await signedInService('Refused early', tenant.fetch);
    await service.handlers['tenants:flows']({ id });
    const held = tenant.sent.at(-1)!.token;
    expect(held).not.toBe(adminToken);
    const before = await keptRefreshToken(id);

    tenant.sent.length = 0;
    tenant.refuseNext();
    await service.handlers['tenants:flows']({ id });
    expect(tenant.sent.map((request) => request.status)).toEqual([401, 200]);
    expect(tenant.sent[1]!.token).not.toBe(held);
    // The renewal went through the host's tenant fetch too (in the desktop app, the session that follows the system proxy).
    expect(tenant.providerRequests).toContain('/oidc/token');
    expect(await keptRefreshToken(id)).not.toBe(before);
  });

  it('a session ended at the tenant (its grant revoked) says so and is forgotten: the connection names nobody', async () => {
    const tenant = watchedTenant();
    const { service, id } = await signedInService('Ended elsewhere', tenant.fetch);
    await service.handlers['tenants:flows']({ id });
    // Revoking an access token ends its whole grant at this provider, refresh token included.
    await postForm(server.url, '/token/revocation', { token: tenant.sent.at(-1)!.token, token_type_hint: 'access_token', client_id: STUDIO_CLIENT_ID });
    await expect(service.handlers['tenants:flows']({ id })).rejects.toThrow('your session with "Ended elsewhere" has ended: sign in again');
    expect((await service.handlers['tenants:list']({})).connections.find((each) => each.id === id)?.signedInAs).toBeNull();
  });

  it('removing a signed-in connection signs out first: its refresh token no longer works at the tenant', async () => {
    const tenant = watchedTenant();
    const { service, id } = await signedInService('Removed', tenant.fetch);
    const refreshToken = (await keptRefreshToken(id))!;
    await service.handlers['tenants:remove']({ id });
    expect((await refreshDirectly(refreshToken)).body.error).toBe('invalid_grant');
  });
});
