import { mkdir, readdir, readFile } from 'node:fs/promises';
import { inArray } from 'drizzle-orm';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';
import { TENANTS_FILE } from '../../node/services/tenant-connections';
import { postForm } from '../../server/test/sign-in-browser';
import { oidcRecords } from '../../server/store/schema';
import { deactivateUser } from '../../server/store/user-store';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { axeViolations } from './support/axe';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import type { Page } from 'playwright-core';
import { tenantFetch, tenantsDialog } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
/** Access tokens live a few seconds here, so the test sees one run out and the editor renew it. */
const ACCESS_TOKEN_SECONDS = 4;

let server: TestServer;
let adminToken: string;
let person: Awaited<ReturnType<typeof makePerson>>;

beforeAll(async () => {
  server = await startTestServer('pglite', { signIn: { accessTokenSeconds: ACCESS_TOKEN_SECONDS } });
  const tenant = await makeTenant(server.database.db, 'Sign-in tenant');
  adminToken = tenant.admin;
  person = await makePerson(server.database.db, tenant.tenant.id, 'editor', 'Rosa Editor');
  const created = await tenantFetch(server.url, adminToken)('/v1/flows', { method: 'POST', body: { document: createFlow({ profile: 'conversations', name: 'Welcome new customers' }) } });
  expect(created.status).toBe(201);
});
afterAll(() => server?.close());

/** The person on the tenant's pages in `tab`: e-mail and password, then consent, with screenshots of both. */
async function signInOnTenantPages(tab: Page): Promise<void> {
  await tab.getByRole('textbox', { name: 'E-mail address' }).fill(person.user.email);
  await tab.getByLabel('Password').fill('a test password');
  await tab.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-sign-in-page.png') });
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.getByRole('button', { name: 'Allow' }).waitFor();
  await tab.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-sign-in-consent.png') });
  await tab.getByRole('button', { name: 'Allow' }).click();
}

/** The refresh token the browser host keeps for the connection (stored as it is: the user agreed, there is no keychain). */
async function keptRefreshToken(appDataDir: string): Promise<string | undefined> {
  const file = JSON.parse(await readFile(join(appDataDir, TENANTS_FILE), 'utf8')) as { connections: { session?: { refreshToken: { data: string } } }[] };
  return file.connections[0]?.session?.refreshToken.data;
}

describe('signing in to a tenant from the editor (browser host)', () => {
  test('add a tenant by its address alone and sign in on its pages; list flows and push as the person; the access token runs out and is renewed unseen; sign out revokes the session', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, context, workspace } = await openSession();
    await waitForEditor(page);

    // No token to paste: the form adds the connection and opens the tenant's sign-in page in a new tab.
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    const form = tenantsDialog(page).getByRole('form', { name: 'Add tenant' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Training');
    await form.getByRole('textbox', { name: 'Address' }).fill(server.url);
    await form.getByRole('checkbox', { name: 'Store the token unencrypted anyway' }).check();
    const [firstTab] = await Promise.all([context.waitForEvent('page'), form.getByRole('button', { name: 'Add and sign in' }).click()]);
    const row = tenantsDialog(page).getByRole('listitem', { name: 'Training' });
    await row.getByRole('button', { name: 'Waiting for the sign-in page…' }).waitFor();
    await row.getByText('Sign-in stored unencrypted').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-sign-in-waiting.png') });

    // Changing one's mind: Cancel ends the wait; that tab's answer, should it still come, signs nobody in.
    await row.getByRole('button', { name: 'Cancel sign-in' }).click();
    await row.getByRole('status').filter({ hasText: 'Sign-in cancelled.' }).waitFor();
    await row.getByText('Not signed in: sign in to use this tenant').waitFor();
    await signInOnTenantPages(firstTab);
    await firstTab.getByText('The sign-in did not complete.').waitFor();
    await firstTab.close();
    // Nobody signed in and no token: a call says to sign in first.
    await row.getByRole('button', { name: 'Test' }).click();
    await row.getByRole('alert').filter({ hasText: 'sign in first' }).waitFor();

    // Sign in: the tenant's sign-in page opens in a new tab of the browser.
    const [signInTab] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: 'Sign in' }).click()]);
    await row.getByRole('button', { name: 'Waiting for the sign-in page…' }).waitFor();
    // Signed in at the tenant in this browser a moment ago: no password again, but consent again (the
    // tenant cannot be sure the app on the other end of a desktop redirect is the same), listing what it allows.
    await signInTab.getByRole('listitem').filter({ hasText: 'Read flows and the catalog' }).waitFor();
    await signInTab.getByRole('button', { name: 'Allow' }).click();
    // Back at the browser host's redirect route, which hands the answer to the sign-in in progress.
    await signInTab.getByText('You can close this tab and go back to Flowpack Studio.').waitFor();
    expect(new URL(signInTab.url()).origin).toBe(new URL(page.url()).origin);
    await signInTab.close();

    await row.getByText(`Signed in as Rosa Editor (${person.user.email})`).waitFor();
    await row.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-signed-in-light.png') });
    expect(await axeViolations(page, 'Tenants, signed in')).toEqual([]);
    const firstRefresh = await keptRefreshToken(workspace.appDataDir);
    expect(firstRefresh).toBeTruthy();
    // The page never holds the session's tokens.
    expect(await page.content()).not.toContain(firstRefresh!);

    await row.getByRole('button', { name: 'Flows' }).click();
    const flowsDialog = page.getByRole('dialog', { name: 'Flows on Training' });
    await flowsDialog.getByRole('row', { name: /Welcome new customers/ }).waitFor();
    // The Flows dialog took the Tenants dialog's place: closing it returns to the editor.
    await flowsDialog.getByRole('button', { name: 'Close' }).click();
    await flowsDialog.waitFor({ state: 'hidden' });

    // Push one flow: it arrives created by the signed-in person, not by the pasted token.
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('treeitem', { name: 'Out-of-hours message', exact: true }).click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Push to tenant…' }).click();
    const push = page.getByRole('dialog', { name: 'Push 1 flow to a tenant' });
    await push.getByRole('button', { name: 'Preview' }).click();
    await push.getByRole('region', { name: 'What importing into Sign-in tenant will do' }).waitFor();
    await push.getByRole('button', { name: 'Check on the tenant (dry run)' }).click();
    await push.getByRole('region', { name: 'The tenant’s dry run: nothing imported yet' }).waitFor();
    await push.getByRole('button', { name: 'Apply to Training' }).click();
    await push.getByRole('status').filter({ hasText: 'Report saved as .flowpack/reports/' }).waitFor();
    const listed = (await (await tenantFetch(server.url, adminToken)('/v1/flows')).json()) as { flows: { name: string; createdByUser?: { name: string } }[] };
    expect(listed.flows.find((flow) => flow.name === 'Out-of-hours message')?.createdByUser?.name).toBe('Rosa Editor');
    await push.getByRole('button', { name: 'Close' }).click();

    // The access token runs out; the next call renews it in the host, and the person sees nothing of it.
    const beforeExpiry = await keptRefreshToken(workspace.appDataDir);
    const expired = Date.now() + ACCESS_TOKEN_SECONDS * 1000 + 500;
    await expect.poll(() => Date.now() > expired, { timeout: (ACCESS_TOKEN_SECONDS + 5) * 1000 }).toBe(true);
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    await row.getByRole('button', { name: 'Flows' }).click();
    await flowsDialog.getByRole('row', { name: /Out-of-hours message/ }).waitFor();
    expect(await flowsDialog.getByRole('alert').count()).toBe(0);
    const renewed = await keptRefreshToken(workspace.appDataDir);
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(beforeExpiry);
    await flowsDialog.getByRole('button', { name: 'Close' }).click();

    // Sign out: the tenant revokes the session; its refresh token no longer works.
    await noteIssuedTokens();
    await flowsDialog.waitFor({ state: 'hidden' });
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    await row.getByRole('button', { name: 'Sign out' }).click();
    await row.getByRole('status').filter({ hasText: 'Signed out.' }).waitFor();
    await row.getByText('Not signed in: sign in to use this tenant').waitFor();
    await row.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-signed-out-light.png') });
    expect(await keptRefreshToken(workspace.appDataDir)).toBeUndefined();
    const refused = await postForm(server.url, '/token', { grant_type: 'refresh_token', refresh_token: renewed!, client_id: STUDIO_CLIENT_ID });
    expect(refused.body.error).toBe('invalid_grant');

    // Signed in again, then the tenant's admin deactivates the person: the next call says the session
    // ended, and back in the list the connection no longer names them.
    const [againTab] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: 'Sign in' }).click()]);
    await againTab.getByRole('button', { name: 'Allow' }).click();
    await againTab.getByText('You can close this tab and go back to Flowpack Studio.').waitFor();
    await againTab.close();
    await row.getByText(`Signed in as Rosa Editor (${person.user.email})`).waitFor();
    await noteIssuedTokens();
    await deactivateUser(server.database.db, { tenantId: person.user.tenantId, email: person.user.email, now: new Date() });
    await row.getByRole('button', { name: 'Flows' }).click();
    await flowsDialog.getByRole('alert').filter({ hasText: 'your session with "Training" has ended: sign in again' }).waitFor();
    await flowsDialog.getByRole('button', { name: 'Back' }).click();
    await row.getByText('Not signed in: sign in to use this tenant').waitFor();

    // No token the tenant issued to the editor (access or refresh, opaque strings the provider keeps by
    // their value) is in any file of the workspace, the push's report among them, or in the page.
    expect(issued.size).toBeGreaterThan(3);
    const files = await filesUnder(workspace.root);
    expect(files.some((file) => file.includes(`${join('.flowpack', 'reports')}`))).toBe(true);
    const written = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n') + (await page.content());
    for (const token of issued) expect(written).not.toContain(token);
  });
});

/** The editor's access and refresh tokens the tenant keeps now (it keeps opaque tokens by their value), added to `issued`: a sign-out or a deactivation deletes them. */
const issued = new Set<string>();
async function noteIssuedTokens(): Promise<void> {
  for (const record of await server.database.db.select().from(oidcRecords).where(inArray(oidcRecords.model, ['AccessToken', 'RefreshToken']))) issued.add(record.id);
}

/** Every file under `folder`, dot-folders included. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
