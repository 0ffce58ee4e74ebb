import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import { INVITATION_PATH } from '../oidc/invitation-path';
import { inviteUser } from '../store/invitation-store';
import { deactivateUser } from '../store/user-store';
import { apiClient } from './api-client';
import { authorizationUrl, formAction, pkcePair, signInWithBrowser, TestBrowser } from './sign-in-browser';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

const PASSWORD = 'chosen at the link, 2026';
const DAY = 24 * 60 * 60_000;

/** Invited people choosing their password at the tenant's page, over HTTP as a browser does; run once per store. */
export function describeInvitations(store: TestStore): void {
  let server: TestServer;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  /** The server's clock: a test moves it to see a link expire. */
  let clock = new Date();
  const logLines: string[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    server = await startTestServer(store, { now: () => clock, logger: { level: 'trace', stream }, signIn: { invitationLimit: { max: 3, timeWindowMs: 60_000 } } });
    tenant = await makeTenant(server.database.db, 'Invitations');
  });
  afterAll(async () => {
    await server?.close();
  });

  const invite = async (name: string) => {
    const email = `${name.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
    const invitation = await inviteUser(server.database.db, { tenantId: tenant.tenant.id, email, name, role: 'editor', now: clock });
    secrets.push(invitation.secret);
    return { ...invitation, link: `${INVITATION_PATH}/${invitation.secret}` };
  };
  const signIn = (browser: TestBrowser, email: string, password: string) => signInWithBrowser(browser, authorizationUrl(server.url, { challenge: pkcePair().challenge, challengeMethod: 'S256' }), { email, password });

  it('an invited person cannot sign in before choosing a password, then chooses one (typed twice, 12 characters or more) and signs in with it', async () => {
    const { user, link } = await invite('Ines');
    const browser = new TestBrowser(server.url);
    // Not set up: refused as a wrong password is.
    const signInPage = await browser.follow(await browser.get(authorizationUrl(server.url, { challenge: pkcePair().challenge, challengeMethod: 'S256' })));
    const refused = await browser.post(formAction(await signInPage.response.text()), { email: user.email, password: '' });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('The e-mail address or the password is wrong.');

    const form = await browser.get(link);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain(`You are invited to the tenant Invitations as ${user.email}.`);
    expect(html).toContain('<label for="confirm">Repeat the password</label>');
    const action = formAction(html);
    const short = await browser.post(action, { password: 'too short', confirm: 'too short' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('The password is 9 characters long; use at least 12.');
    const differ = await browser.post(action, { password: PASSWORD, confirm: `${PASSWORD}!` });
    expect(differ.status).toBe(400);
    expect(await differ.text()).toContain('The two passwords differ.');

    const set = await browser.post(action, { password: PASSWORD, confirm: PASSWORD });
    expect(set.status).toBe(200);
    expect(await set.text()).toContain(`Sign in to Invitations with ${user.email} and this password`);
    const back = await signIn(new TestBrowser(server.url), user.email, PASSWORD);
    expect(back.searchParams.get('code')).toBeTruthy();

    const audit = (await apiClient(server)<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=100', { token: tenant.admin })).body.entries;
    expect(audit.filter((entry) => entry.targetId === user.id).map((entry) => entry.action)).toEqual(['user.inviteAccept', 'user.invite', 'user.create']);
  });

  it('a link works once: used again, it answers a page saying so, and the password stays the one chosen', async () => {
    const { user, link } = await invite('Once');
    const browser = new TestBrowser(server.url);
    const action = formAction(await (await browser.get(link)).text());
    expect((await browser.post(action, { password: PASSWORD, confirm: PASSWORD })).status).toBe(200);
    for (const again of [await browser.get(link), await browser.post(action, { password: 'another password here', confirm: 'another password here' })]) {
      expect(again.status).toBe(410);
      const html = await again.text();
      expect(html).toContain('This invitation link does not work');
      expect(html).toContain('It has already been used');
    }
    expect((await signIn(new TestBrowser(server.url), user.email, PASSWORD)).searchParams.get('code')).toBeTruthy();
  });

  it('a link expires after 7 days: then a page says when, in the person\'s language', async () => {
    const { link } = await invite('Late');
    const browser = new TestBrowser(server.url, 'es');
    const started = clock;
    try {
      clock = new Date(started.getTime() + 7 * DAY - 60_000);
      expect((await browser.get(link)).status).toBe(200);
      clock = new Date(started.getTime() + 7 * DAY);
      const expired = await browser.get(link);
      expect(expired.status).toBe(410);
      const html = await expired.text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('Este enlace de invitación no funciona');
      expect(html).toContain(`Caducó el ${new Intl.DateTimeFormat('es', { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(started.getTime() + 7 * DAY))}`);
    } finally {
      clock = started;
    }
  });

  it('inviting again a person who has not chosen a password gives a new link and withdraws the old one; a person with a password is not invited', async () => {
    const first = await invite('Twice');
    const second = await inviteUser(server.database.db, { tenantId: tenant.tenant.id, email: first.user.email.toUpperCase(), name: 'Ignored', role: 'viewer', now: clock });
    secrets.push(second.secret);
    expect(second).toMatchObject({ again: true, user: { id: first.user.id, name: 'Twice', role: 'editor' } });
    const browser = new TestBrowser(server.url);
    expect((await browser.get(first.link)).status).toBe(404);
    const action = formAction(await (await browser.get(`${INVITATION_PATH}/${second.secret}`)).text());
    expect((await browser.post(action, { password: PASSWORD, confirm: PASSWORD })).status).toBe(200);
    await expect(inviteUser(server.database.db, { tenantId: tenant.tenant.id, email: first.user.email, name: 'Twice', role: 'editor', now: clock })).rejects.toThrow(
      `The tenant already has a person with the address ${first.user.email}.`,
    );
  });

  it('deactivating an invited person withdraws their link', async () => {
    const { user, link } = await invite('Withdrawn');
    await deactivateUser(server.database.db, { tenantId: tenant.tenant.id, email: user.email, now: clock });
    const answer = await new TestBrowser(server.url).get(link);
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('It is not a link this tenant made, or it was withdrawn.');
  });

  it('limits links that do not open per client address, as failed sign-ins are (429 with Retry-After)', async () => {
    const guesser = new TestBrowser(server.url, 'en', '127.0.0.5');
    for (let attempt = 0; attempt < 3; attempt++) expect((await guesser.get(`${INVITATION_PATH}/guessed-${attempt}`)).status).toBe(404);
    const { link } = await invite('Limited');
    const limited = await guesser.get(link);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Too many attempts.');
    // Another address opens it.
    expect((await new TestBrowser(server.url, 'en', '127.0.0.6').get(link)).status).toBe(200);
  });

  it('no link secret or password reaches the server log', () => {
    const log = logLines.join('');
    expect(log).toContain(`${INVITATION_PATH}/(secret)`);
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toContain(PASSWORD);
  });
}
