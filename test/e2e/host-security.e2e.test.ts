import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useEditorSessions } from './support/editor-session';
import { startForeignSite } from './support/foreign-site';
import { cookiesFrom, rawRequest } from './support/raw-http';

const { openSession, browser } = useEditorSessions();

/** A mutating call with a visible effect: if it ever got through, the folder would exist. */
const CREATE_FOLDER = '/api/call/workspace:createFolder';
const JSON_HEADERS = { 'content-type': 'application/json' };

describe('the browser host serves only its own signed-in page', () => {
  test('a call without the session secret is refused with 401 and changes nothing', async () => {
    const { host, workspace } = await openSession();

    const response = await rawRequest(host.origin + CREATE_FOLDER, { method: 'POST', headers: JSON_HEADERS, body: '{"path":"no-secret"}' });

    expect(response.status).toBe(401);
    expect(existsSync(join(workspace.root, 'no-secret'))).toBe(false);
  });

  test('a browser that never opened the printed address gets 401 instead of the editor', async () => {
    const { host } = await openSession();
    const stranger = await browser().newContext();
    try {
      const response = await (await stranger.newPage()).goto(host.origin + '/');
      expect(response?.status()).toBe(401);
    } finally {
      await stranger.close();
    }
  });

  test('an address with a wrong secret hands out no session', async () => {
    const { host } = await openSession();

    const response = await rawRequest(`${host.origin}/?secret=not-the-secret`);

    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  test('a call with another site’s Origin is refused with 403 even with a valid session', async () => {
    const { host, workspace } = await openSession();
    const signIn = await rawRequest(host.url);
    const cookie = cookiesFrom(signIn);
    expect(cookie).not.toBe('');

    const foreign = await rawRequest(host.origin + CREATE_FOLDER, {
      method: 'POST',
      headers: { ...JSON_HEADERS, cookie, origin: 'http://attacker.example' },
      body: '{"path":"foreign-origin"}',
    });
    // The same call from the host's own origin goes through, so the Origin alone made the difference.
    const own = await rawRequest(host.origin + CREATE_FOLDER, {
      method: 'POST',
      headers: { ...JSON_HEADERS, cookie, origin: host.origin },
      body: '{"path":"own-origin"}',
    });

    expect(foreign.status).toBe(403);
    expect(existsSync(join(workspace.root, 'foreign-origin'))).toBe(false);
    expect(own.status).toBe(200);
    expect(existsSync(join(workspace.root, 'own-origin'))).toBe(true);
  });

  test('a page on another origin cannot change the workspace, even in a browser signed in to the host', async () => {
    const { host, context, workspace } = await openSession();
    const site = await startForeignSite(attackPage(host.origin));
    try {
      const page = await context.newPage();
      await page.goto(site.origin);

      // A script's call is stopped by the browser (the host grants no cross-origin access) ...
      expect(await page.evaluate('tryFetch()')).toBe('blocked');
      // ... and a form, which needs no permission to be sent, is refused by the host.
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.url().startsWith(host.origin)),
        page.evaluate('document.getElementById("attack").submit()'),
      ]);
      expect(response.status()).toBe(403);
      // The browser did send the session cookie (same site): the Origin check is what refused it.
      expect((await response.request().allHeaders())['cookie']).toMatch(/flowpack_session/);
      expect(existsSync(join(workspace.root, 'from-fetch'))).toBe(false);
      expect(existsSync(join(workspace.root, 'from-form'))).toBe(false);
    } finally {
      await site.close();
    }
  });

  test('a request that names another host (DNS rebinding) is refused', async () => {
    const { host } = await openSession();
    const signIn = await rawRequest(host.url);

    const response = await rawRequest(host.origin + '/api/call/workspace:get', {
      method: 'POST',
      headers: { ...JSON_HEADERS, cookie: cookiesFrom(signIn), host: 'rebound.example' },
      body: '{}',
    });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain('entries');
  });
});

/** Another site's page trying both ways a page can send a request to the host. */
function attackPage(hostOrigin: string): string {
  const target = JSON.stringify(hostOrigin + CREATE_FOLDER);
  return `<!doctype html><meta charset="utf-8"><title>Somewhere else</title>
<form id="attack" method="post" enctype="text/plain" action=${target}><input name='{"path":"from-form","x":"' value='"}'></form>
<script>
async function tryFetch() {
  try {
    const response = await fetch(${target}, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"path":"from-fetch"}' });
    return 'status ' + response.status;
  } catch {
    return 'blocked';
  }
}
</script>`;
}
