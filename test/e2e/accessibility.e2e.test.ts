import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createFlow } from '../../shared/catalog/create-flow';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { axeViolations } from './support/axe';
import { createBlankFlow, library, nodeById, openFromLibrary, palette, problems, properties, tabNamed, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { importDialog, openExportOfTwoFlows } from './support/pack-dialogs';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantsDialog } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Training tenant'));
  // A flow already on the tenant, so its flows list is a table to check.
  const created = await fetch(`${server.url}/v1/flows`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ document: createFlow({ profile: 'conversations', name: 'Welcome new customers' }) }),
  });
  expect(created.status).toBe(201);
});
afterAll(() => server?.close());

/** Closes the dialog on top with Escape and waits until it is gone. */
async function dismiss(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
}

describe('every main screen and dialog is clean for assistive technology', () => {
  // Every axe rule of every impact runs on each screen; a screen's findings fail the test without
  // stopping it (a soft expectation), so one run names everything that is wrong on every screen.
  test('axe finds no violation on the first screen, the editor, the library, pack and tenant dialogs', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page } = await openSession();
    const check = async (screen: string) => {
      expect.soft(await axeViolations(page, screen), screen).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `a11y-${screen}.png`) });
    };

    // The first screen: no flow open.
    await waitForEditor(page);
    await check('first-screen');

    // The editor: a flow open, a step's drawer, the Problems panel.
    await openFromLibrary(page, 'Out-of-hours message');
    await nodeById(page, 'assign-support').waitFor();
    await check('editor');
    await nodeById(page, 'assign-support').click({ position: { x: 12, y: 8 } });
    await properties(page).getByRole('textbox', { name: 'Step name' }).waitFor();
    // Problems shows by default.
    await problems(page).waitFor();
    await check('editor-drawer-problems');

    // The canvas's keyboard dialogs: connecting a focused step, and Save as.
    await nodeById(page, 'assign-support').focus();
    await page.keyboard.press('c');
    const connect = page.getByRole('dialog', { name: /^Connect “/ });
    await connect.waitFor();
    await check('connect-step');
    await page.keyboard.press('Escape');
    await connect.waitFor({ state: 'detached' });
    await nodeById(page, 'assign-support').focus();
    await page.keyboard.press('Control+Shift+S');
    await page.getByRole('dialog', { name: 'Save as' }).getByRole('textbox', { name: 'File name' }).waitFor();
    await check('save-as');
    await dismiss(page, 'Save as');

    // Editor dialogs: Add to templates, and closing a tab with unsaved changes.
    await page.getByRole('banner').getByRole('button', { name: 'Add to templates', exact: true }).click();
    await page.getByRole('dialog', { name: 'Add to templates' }).waitFor();
    await check('add-to-templates');
    await dismiss(page, 'Add to templates');
    await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Assign to the support team');
    await tabNamed(page, 'Out-of-hours message').focus();
    await page.keyboard.press('Delete');
    await page.getByRole('dialog', { name: 'Save changes to “Out-of-hours message”?' }).waitFor();
    await check('close-unsaved-tab');
    await dismiss(page, 'Save changes to “Out-of-hours message”?');

    // Library dialogs.
    await library(page).getByRole('button', { name: 'New flow' }).click();
    await page.getByRole('dialog', { name: 'New flow' }).getByRole('textbox', { name: 'Name' }).waitFor();
    await check('new-flow');
    await dismiss(page, 'New flow');
    await library(page).getByRole('button', { name: 'New folder' }).click();
    await page.getByRole('dialog', { name: 'New folder' }).waitFor();
    await check('new-folder');
    await dismiss(page, 'New folder');
    await createBlankFlow(page, 'Scratch');
    await library(page).getByRole('treeitem', { name: 'Scratch', exact: true }).click();
    await library(page).getByRole('treeitem', { name: 'Scratch', exact: true }).press('Delete');
    await page.getByRole('dialog', { name: 'Move to the trash?' }).waitFor();
    await check('trash-confirm');
    await dismiss(page, 'Move to the trash?');

    // Packs: export, import, keys.
    const exportDialog = await openExportOfTwoFlows(page);
    await exportDialog.getByRole('textbox', { name: 'Pack name' }).fill('Support basics');
    await exportDialog.getByRole('table', { name: 'What export removes or changes' }).waitFor();
    await check('export-pack');
    await dismiss(page, 'Export pack');
    await library(page).getByRole('button', { name: 'Import pack' }).click();
    await importDialog(page).getByRole('button', { name: 'Manage keys…' }).waitFor();
    await check('import-pack');
    await importDialog(page).getByRole('button', { name: 'Manage keys…' }).click();
    await page.getByRole('dialog', { name: 'Keys' }).getByRole('region', { name: 'Trusted keys' }).waitFor();
    await check('keys');
    await dismiss(page, 'Keys');
    await dismiss(page, 'Import pack');

    // Tenants: the list, the add form filled in, a connected tenant, its sync list, a push preview.
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    await tenantsDialog(page).getByText('No tenant connections yet.').waitFor();
    await check('tenants-empty');
    await dismiss(page, 'Tenants');
    const row = await connectTenant(page, 'Training', server.url, token);
    await check('tenants-list');
    await row.getByRole('button', { name: 'Flows' }).click();
    await page.getByRole('dialog', { name: 'Flows on Training' }).getByRole('table', { name: 'Flows on Training' }).waitFor();
    await check('tenant-flows');
    // A flow's revisions, a view of the same dialog; Back returns to the flows.
    await page.getByRole('dialog', { name: 'Flows on Training' }).getByRole('row', { name: /Welcome new customers/ }).getByRole('button', { name: 'Revisions' }).click();
    await page.getByRole('table', { name: 'Revisions of “Welcome new customers”' }).waitFor();
    await check('tenant-revisions');
    await page.getByRole('button', { name: 'Back to the flows' }).click();
    // The flows list is a view of the Tenants dialog: Escape closes the dialog, which opens again for Sync.
    await dismiss(page, 'Flows on Training');
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    await row.getByRole('button', { name: 'Sync' }).click();
    const sync = page.getByRole('dialog', { name: 'Sync with Training' });
    await sync.getByRole('table', { name: 'This workspace and Training tenant' }).getByRole('row', { name: /Out-of-hours message/ }).waitFor();
    await check('tenant-sync');
    await dismiss(page, 'Sync with Training');

    await library(page).getByRole('treeitem', { name: 'Out-of-hours message', exact: true }).click();
    await library(page).getByRole('treeitem', { name: 'Sales auto-assignment', exact: true }).click({ modifiers: ['Control'] });
    await library(page).getByRole('toolbar', { name: 'Selected items' }).getByRole('button', { name: 'Push to tenant…' }).click();
    const push = page.getByRole('dialog', { name: 'Push 2 flows to a tenant' });
    await push.getByRole('button', { name: 'Preview' }).click();
    await push.getByRole('region', { name: 'What importing into Training tenant will do' }).waitFor();
    await check('push-preview');
  });
});

describe('the first screen, the top bar and a save say what they do', () => {
  test('the first screen says what the app is for in the UI’s language, and offers the first actions', async () => {
    const { page } = await openSession({ locale: 'pt-BR' });
    await page.getByRole('navigation', { name: 'Biblioteca' }).getByRole('treeitem').first().waitFor();
    const welcome = page.getByRole('main', { name: 'Crie fluxos de automação e envie-os para seus tenants' });
    expect(await welcome.textContent()).toContain('conecte um tenant');
    await welcome.getByRole('button', { name: 'Criar um fluxo' }).click();
    await page.getByRole('dialog', { name: 'Novo fluxo' }).waitFor();
  });

  test('Problems, Tenants and Add to templates are labelled on the bar, a save is confirmed in the status line, Delete closes a tab, and Wait has an icon', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    // Labels a person reads on the bar, not tooltips found by hovering.
    const bar = page.getByRole('banner');
    for (const name of ['Add to templates', 'Problems', 'Tenants']) {
      const button = bar.getByRole('button', { name, exact: true });
      expect((await button.innerText()).trim()).toBe(name);
      expect(await button.getAttribute('title')).toBeNull();
    }

    await openFromLibrary(page, 'Abandoned cart recovery');
    // The Wait step's icon is drawn (an outline), not a symbol the fonts lack.
    expect(await nodeById(page, 'wait-2h').locator('.fp-step-icon svg').count()).toBe(1);
    // The palette shows the same icon at full size, for a screenshot a person can read.
    const paletteWait = palette(page).getByRole('button', { name: 'Add Wait' });
    expect(await paletteWait.locator('.fp-step-icon svg').count()).toBe(1);
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await paletteWait.screenshot({ path: join(SCREENSHOTS_DIR, 'a11y-wait-step.png') });
    await nodeById(page, 'wait-2h').click({ position: { x: 12, y: 8 } });
    await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Wait two hours');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “journeys/abandoned-cart.flow.json”.' }).waitFor();

    // Delete on the focused tab closes it (the ARIA tabs pattern); the first screen is back.
    await tabNamed(page, 'Abandoned cart recovery').focus();
    await page.keyboard.press('Delete');
    await tabNamed(page, 'Abandoned cart recovery').waitFor({ state: 'detached' });
    await page.getByRole('main', { name: 'Design automation flows and send them to your tenants' }).waitFor();
  });
});
