import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { nodeById } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { auditScreen, pseudo, usePseudoLocale, workspaceTexts } from './support/pseudo-audit';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

// Names this test types, and the name a step added from the palette starts with (the flow's own
// content from then on), shown back as user content; and the Language menu's own names, never translated.
const TYPED = ['Support basics', 'Send a message'];
const LANGUAGE_NAMES = ['English', 'Português (Brasil)', 'Español'];

/**
 * English this test knows is still shown, each waiting for a change beyond the UI's strings; any
 * other untranslated text fails. An entry that no longer matches anything fails too, so it is
 * removed once its text is translated.
 */
const KNOWN_UNTRANSLATED: readonly { finding: RegExp; why: string }[] = [];

// The pseudo-locale's controls by their pseudo-translated accessible names.
const library = (page: Page): Locator => page.getByRole('navigation', { name: pseudo('Library') });
const dialog = (page: Page, english: string, values?: Record<string, string>): Locator => page.getByRole('dialog', { name: pseudo(english, values), exact: true });
const button = (scope: Locator | Page, english: string, values?: Record<string, string>): Locator => scope.getByRole('button', { name: pseudo(english, values), exact: true });
const flowItem = (page: Page, name: string): Locator => library(page).getByRole('treeitem', { name, exact: true });

async function dismiss(page: Page, shown: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await shown.waitFor({ state: 'detached' });
}

describe('the pseudo-locale shows every string translated and every label whole', () => {
  // Each screen's findings fail the test without stopping it, so one run names everything wrong on every screen.
  test('first screen, library and its menu, canvas with palette and drawer, Problems, New flow, Export, Import, Keys, Tenants, Save as and Help', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await usePseudoLocale(page);
    const userTexts = [...(await workspaceTexts(workspace.root)), ...TYPED, ...LANGUAGE_NAMES];
    const stillNeeded = new Set(KNOWN_UNTRANSLATED);
    const check = async (screen: string): Promise<void> => {
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `pseudo-${screen}.png`) });
      const findings = await auditScreen(page, userTexts);
      const unknown = findings.untranslated.filter((text) => {
        const known = KNOWN_UNTRANSLATED.find(({ finding }) => finding.test(text));
        if (known) stillNeeded.delete(known);
        return known === undefined;
      });
      expect.soft(unknown, `${screen}: texts not from the translations`).toEqual([]);
      expect.soft(findings.clipped, `${screen}: labels cut off`).toEqual([]);
    };

    // The first screen: no flow open, the library with its folders and flows.
    await flowItem(page, 'Out-of-hours message').waitFor();
    await page.getByRole('main', { name: pseudo('Design automation flows and send them to your tenants') }).waitFor();
    await check('first-screen');

    // The library row's ⋯ menu.
    await flowItem(page, 'Out-of-hours message').hover();
    await button(library(page), 'Actions for “{{name}}”', { name: 'Out-of-hours message' }).click();
    await page.getByRole('menu').waitFor();
    await check('library-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });

    // A flow on the canvas, the palette, and the drawer on a step with many fields; Problems shows by default.
    await flowItem(page, 'Sales auto-assignment').click();
    await nodeById(page, 'ask-interest').click({ position: { x: 12, y: 8 } });
    await page.getByRole('complementary', { name: pseudo('Properties') }).getByRole('textbox', { name: pseudo('Step name') }).waitFor();
    await page.getByRole('region', { name: pseudo('Problems') }).waitFor();
    await check('canvas-drawer-problems');

    // Problems listing an error: a new step without its required text.
    await button(page.getByRole('complementary', { name: pseudo('Palette') }), 'Add {{label}}', { label: pseudo('Send a message') }).click();
    const severities = [pseudo('Error'), pseudo('To configure')];
    await page.getByRole('region', { name: pseudo('Problems') }).getByText(new RegExp(severities.join('|'))).first().waitFor();
    await check('problems-with-an-error');

    // Save as, from the canvas.
    await nodeById(page, 'ask-interest').focus();
    await page.keyboard.press('Control+Shift+S');
    const saveAs = dialog(page, 'Save as');
    await saveAs.waitFor();
    await check('save-as');
    await dismiss(page, saveAs);

    // New flow and its template gallery.
    await button(library(page), 'New flow').click();
    const newFlow = dialog(page, 'New flow');
    await newFlow.getByRole('textbox', { name: pseudo('Name'), exact: true }).waitFor();
    await check('new-flow');
    // The radio is drawn as a segment; a person clicks its label.
    await newFlow.getByText(pseudo('Template'), { exact: true }).click();
    await newFlow.locator('.template-group').first().waitFor();
    await check('template-gallery');
    await dismiss(page, newFlow);

    // Export pack with its report.
    await flowItem(page, 'Out-of-hours message').click();
    await flowItem(page, 'Sales auto-assignment').click({ modifiers: ['Control'] });
    await button(library(page).getByRole('toolbar', { name: pseudo('Selected items') }), 'Export pack').click();
    const exportPack = dialog(page, 'Export pack');
    await exportPack.getByRole('textbox', { name: pseudo('Pack name') }).fill('Support basics');
    await exportPack.getByRole('table', { name: pseudo('What export removes or changes') }).waitFor();
    await check('export-pack');
    await dismiss(page, exportPack);

    // Import pack, and the Keys dialog it opens.
    await button(library(page), 'Import pack').click();
    const importPack = dialog(page, 'Import pack');
    await button(importPack, 'Manage keys…').waitFor();
    await check('import-pack');
    await button(importPack, 'Manage keys…').click();
    const keys = dialog(page, 'Keys');
    await keys.getByRole('region', { name: pseudo('Trusted keys') }).waitFor();
    await check('keys');
    await dismiss(page, keys);
    await dismiss(page, importPack);

    // Tenants.
    await button(page.getByRole('banner'), 'Tenants').click();
    const tenants = dialog(page, 'Tenants');
    await tenants.getByText(pseudo('No tenant connections yet.')).waitFor();
    await check('tenants');
    await dismiss(page, tenants);

    // The Help menu, and the logs folder it shows in the browser host (the path is the machine's, not translated).
    await button(page.getByRole('banner'), 'Help').click();
    const help = page.getByRole('menu', { name: pseudo('Help') });
    await help.waitFor();
    await check('help-menu');
    await help.getByRole('menuitem', { name: pseudo('Open logs folder') }).click();
    const logsFolder = dialog(page, 'Logs folder');
    await logsFolder.waitFor();
    await check('logs-folder');
    await dismiss(page, logsFolder);

    expect(
      [...stillNeeded].map(({ why }) => why),
      'known untranslated texts no longer seen: remove them from KNOWN_UNTRANSLATED',
    ).toEqual([]);
  });
});
