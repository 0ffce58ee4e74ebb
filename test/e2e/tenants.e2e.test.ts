import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import { TENANTS_FILE } from '../../node/services/tenant-connections';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { addTenant as addTenantWithToken, connectTenant, tenantsDialog } from './support/tenant-dialogs';
import { createFlow } from '../../shared/catalog/create-flow';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

let server: TestServer;
let token: string;
let tokenId: string;
/** While set, the tenant holds every import apply just before its commit, so a test sees the apply in progress. */
let holdApply: Promise<void> | null = null;

beforeAll(async () => {
  server = await startTestServer('pglite', { hooks: { insideImportApply: () => holdApply ?? Promise.resolve() } });
  ({ admin: token, adminId: tokenId } = await makeTenant(server.database.db, 'Training tenant'));
  const flow = { ...createFlow({ profile: 'conversations', name: 'Welcome new customers' }), description: 'Greets a customer on the first message' };
  const created = await fetch(`${server.url}/v1/flows`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ document: flow }),
  });
  expect(created.status).toBe(201);
});
afterAll(() => server?.close());

/** Opens the Tenants dialog and submits its add form with this file's token; returns the form. */
const addTenant = (page: Page, name: string, address: string) => addTenantWithToken(page, name, address, token);

describe('tenant connections in the editor', () => {
  test('add a tenant (asking before storing the token unencrypted), test it and list its flows; the token never reaches the page again', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    const dialog = tenantsDialog(page);
    await dialog.getByText('No tenant connections yet.').waitFor();

    const form = dialog.getByRole('form', { name: 'Add tenant' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Training');
    await form.getByRole('textbox', { name: 'Address' }).fill(server.url);
    await form.getByLabel('Token (optional)', { exact: true }).fill(token);
    // The browser host has no keychain: adding waits for the user's explicit agreement.
    const add = form.getByRole('button', { name: 'Add tenant' });
    expect(await add.isDisabled()).toBe(true);
    await form.getByRole('checkbox', { name: 'Store the token unencrypted anyway' }).check();
    await add.click();

    const row = dialog.getByRole('listitem', { name: 'Training' });
    await row.getByText('Token stored unencrypted').waitFor();
    await row.getByRole('button', { name: 'Test' }).click();
    await row.getByRole('status').filter({ hasText: 'Connected to Training tenant (conversations)' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenants-light.png') });

    await row.getByRole('button', { name: 'Flows' }).click();
    const flows = page.getByRole('dialog', { name: 'Flows on Training' }).getByRole('table', { name: 'Flows on Training' });
    await flows.getByRole('row', { name: /Welcome new customers/ }).waitFor();
    const welcomeRow = flows.getByRole('row', { name: /Welcome new customers/ });
    expect(await welcomeRow.textContent()).toMatch(/Greets a customer.*Draft.*never/);
    // Who created it reads as the token's label; the exact token id is in the tooltip.
    const creator = welcomeRow.getByText('first admin token', { exact: true });
    expect(await creator.getAttribute('title')).toBe(`Token ${tokenId}`);
    // The lifecycle actions the flow's state allows: a conversations draft can be published.
    await welcomeRow.getByRole('button', { name: 'Publish' }).click();
    await welcomeRow.getByText('Published', { exact: true }).waitFor();
    expect(await welcomeRow.textContent()).not.toMatch(/never/);
    expect(await creator.count()).toBe(2);
    expect(await welcomeRow.getByRole('button', { name: 'Stop' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-flows-light.png') });
    // "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo" (conversations-workflows.es.txt):
    // stopped, the flow can be edited again, as the sync story below does.
    await welcomeRow.getByRole('button', { name: 'Stop' }).click();
    await welcomeRow.getByText('Stopped', { exact: true }).waitFor();

    expect(await page.content()).not.toContain(token);
    const stored = await readFile(join(workspace.appDataDir, TENANTS_FILE), 'utf8');
    expect(stored).toContain('"protected": false');
  });

  test('a wrong address or token is refused with a message, and nothing is stored', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const form = await addTenant(page, 'Production', 'http://flows.example.com');
    await form.getByRole('alert').filter({ hasText: 'not encrypted: use https://' }).waitFor();
    await expect(readFile(join(workspace.appDataDir, TENANTS_FILE), 'utf8')).rejects.toThrow();
  });

  test('removing a connection asks first, over the Tenants dialog; Cancel keeps it, Remove deletes it and its token', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const row = await connectTenant(page, 'Staging', server.url, token);
    await row.getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove connection' });
    await confirm.getByText('Remove the connection "Staging"? Its token is deleted from this computer.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-remove-confirm-light.png') });
    // Cancel has the focus: Enter does not remove anything.
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect(await row.count()).toBe(1);

    await row.getByRole('button', { name: 'Remove' }).click();
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    await tenantsDialog(page).getByText('No tenant connections yet.').waitFor();
    expect(await readFile(join(workspace.appDataDir, TENANTS_FILE), 'utf8')).not.toContain('Staging');
  });
});

describe('sync with a tenant in the editor', () => {
  test('pull a tenant flow, edit it on both sides, compare the two versions and take the tenant’s', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await addTenant(page, 'Training', server.url);
    await tenantsDialog(page).getByRole('listitem', { name: 'Training' }).getByRole('button', { name: 'Sync' }).click();

    const dialog = page.getByRole('dialog', { name: 'Sync with Training' });
    const table = dialog.getByRole('table', { name: 'This workspace and Training tenant' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
    await row('Welcome new customers').getByText('Only on the tenant').waitFor();
    expect(await row('Out-of-hours message').textContent()).toContain('Not on the tenant');
    await row('Welcome new customers').getByRole('button', { name: 'Pull' }).click();
    await row('Welcome new customers').getByText('In sync').waitFor();
    const file = join(workspace.root, 'welcome-new-customers.flow.json');
    const pulled = JSON.parse(await readFile(file, 'utf8')) as { id: string; nodes: { name: string }[] };

    // Both sides change the same flow.
    const local = { ...pulled, description: 'Edited here' };
    await writeFile(file, serializeFlow(local as never));
    const remote = await fetch(`${server.url}/v1/flows/${pulled.id}`, { headers: { authorization: `Bearer ${token}` } });
    const detail = (await remote.json()) as { document: Record<string, unknown> };
    const renamed = { ...detail.document, nodes: (detail.document.nodes as { name: string }[]).map((node, index) => (index === 0 ? { ...node, name: 'Chat opened' } : node)) };
    const updated = await fetch(`${server.url}/v1/flows/${pulled.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': remote.headers.get('etag')! },
      body: JSON.stringify({ document: renamed }),
    });
    expect(updated.status).toBe(200);

    await dialog.getByRole('button', { name: 'Back to tenants' }).click();
    await tenantsDialog(page).getByRole('listitem', { name: 'Training' }).getByRole('button', { name: 'Sync' }).click();
    await row('Welcome new customers').getByText('Changed on both sides').waitFor();
    await row('Welcome new customers').getByRole('button', { name: 'Compare…' }).click();
    const comparison = dialog.getByRole('region', { name: 'Compare "Welcome new customers"' });
    await comparison.getByText('Edited here').first().waitFor();
    expect(await comparison.textContent()).toMatch(/Chat opened → .*: changed|changed/);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-compare-light.png') });
    // Nothing was overwritten by looking.
    expect(await readFile(file, 'utf8')).toContain('Edited here');

    // The differences on the canvas: the dialog gives way to the flow, the changed step outlined.
    await comparison.getByRole('button', { name: 'Show on the canvas' }).click();
    await page.getByRole('status').filter({ hasText: 'Differences with Training' }).waitFor();
    const trigger = page.locator('.react-flow__node.diff-changed');
    await trigger.first().waitFor();
    expect(await trigger.count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-diff-on-canvas-light.png') });
    await page.getByRole('button', { name: 'Hide differences' }).click();
    expect(await page.locator('.react-flow__node.diff-changed').count()).toBe(0);

    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    await tenantsDialog(page).getByRole('listitem', { name: 'Training' }).getByRole('button', { name: 'Sync' }).click();
    await row('Welcome new customers').getByRole('button', { name: 'Compare…' }).click();
    await comparison.getByRole('button', { name: /Take the tenant’s version/ }).click();
    await row('Welcome new customers').getByText('In sync').waitFor();
    const after = await readFile(file, 'utf8');
    expect(after).not.toContain('Edited here');
    expect(after).toContain('Chat opened');
  });
});

describe('push to a tenant from the editor', () => {
  test('push two examples: the plan against the live catalog, the tenant’s dry run, then apply and the saved report', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await addTenant(page, 'Training', server.url);
    await tenantsDialog(page).getByRole('listitem', { name: 'Training' }).waitFor();
    await tenantsDialog(page).getByRole('button', { name: 'Close' }).click();

    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('treeitem', { name: 'Out-of-hours message', exact: true }).click();
    await library.getByRole('treeitem', { name: 'Sales auto-assignment', exact: true }).click({ modifiers: ['Control'] });
    await library.getByRole('toolbar', { name: 'Selected items' }).getByRole('button', { name: 'Push to tenant…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Push 2 flows to a tenant' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('region', { name: 'What importing into Training tenant will do' }).waitFor();
    const before = (await (await fetch(`${server.url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: unknown[] };

    await dialog.getByRole('button', { name: 'Check on the tenant (dry run)' }).click();
    const flows = dialog.getByRole('table', { name: 'Flows of the push' });
    await dialog.getByRole('region', { name: 'The tenant’s dry run: nothing imported yet' }).waitFor();
    expect(await flows.getByRole('row').count()).toBe(3);
    const afterDryRun = (await (await fetch(`${server.url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: unknown[] };
    expect(afterDryRun.flows.length).toBe(before.flows.length);

    let release = () => {};
    holdApply = new Promise<void>((resolve) => (release = resolve));
    await dialog.getByRole('button', { name: 'Apply to Training' }).click();
    // The tenant has written both flows and waits before its commit: the dialog shows each flow's bar full, not yet imported.
    await dialog.getByRole('status').filter({ hasText: 'All flows written; the tenant is committing the import' }).waitFor();
    for (const name of ['Out-of-hours message', 'Sales auto-assignment']) {
      expect(await dialog.getByRole('progressbar', { name: `Progress of ${name}` }).getAttribute('value')).toBe('1');
    }
    expect(await flows.textContent()).toMatch(/written, waiting for the commit.*written, waiting for the commit/);
    expect(await dialog.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value')).toBe('2');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-push-progress-light.png') });
    holdApply = null;
    release();
    const saved = dialog.getByRole('status').filter({ hasText: 'Report saved as .flowpack/reports/' });
    await saved.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-push-light.png') });
    expect(await flows.textContent()).toMatch(/revision 1, draft.*revision 1, draft/);
    const after = (await (await fetch(`${server.url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: { name: string }[] };
    expect(after.flows.map((flow) => flow.name)).toEqual(expect.arrayContaining(['Out-of-hours message', 'Sales auto-assignment']));
    const reportPath = (await saved.textContent())!.match(/(\.flowpack\/reports\/\S+\.json)/)![1]!;
    const report = JSON.parse(await readFile(join(workspace.root, reportPath), 'utf8')) as { report: { applied: boolean } };
    expect(report.report.applied).toBe(true);
  });
});
