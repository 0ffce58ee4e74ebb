import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useEditorSessions } from './support/editor-session';
import { REPO_ROOT, TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();

const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, name) });
}

const helpButton = (page: Page) => page.getByRole('toolbar', { name: 'Flow actions' }).getByRole('button', { name: 'Help' });
const helpMenu = (page: Page) => page.getByRole('menu', { name: 'Help' });

async function chooseFromHelp(page: Page, item: string): Promise<void> {
  await helpButton(page).click();
  await helpMenu(page).getByRole('menuitem', { name: item, exact: true }).click();
  await helpMenu(page).waitFor({ state: 'detached' });
}

describe('the Help menu in the browser host', () => {
  test('offers the documentation, the keyboard shortcuts and the logs folder, in the order of the desktop app\'s Help menu', async () => {
    const { page } = await openSession();
    expect(await helpButton(page).getAttribute('aria-expanded')).toBe('false');
    await helpButton(page).click();
    await helpMenu(page).waitFor();
    expect(await helpButton(page).getAttribute('aria-expanded')).toBe('true');
    expect(await helpMenu(page).getByRole('menuitem').allTextContents()).toEqual(['Documentation', 'Keyboard shortcuts', 'Open logs folder']);
    await screenshot(page, 'help-menu-light.png');
    expect(await axeViolations(page, 'Help menu')).toEqual([]);

    // A second press on its button closes it; a third opens it again.
    await helpButton(page).click();
    await helpMenu(page).waitFor({ state: 'detached' });
    await helpButton(page).click();
    await helpMenu(page).waitFor();

    // Escape closes the menu and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await helpMenu(page).waitFor({ state: 'detached' });
    expect(await helpButton(page).evaluate((button) => button.ownerDocument.activeElement === button)).toBe(true);

    // By keyboard alone: Enter opens the menu on its first item, the arrows move, Enter picks.
    await page.keyboard.press('Enter');
    await helpMenu(page).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  });

  test('opens the keyboard shortcut list', async () => {
    const { page } = await openSession();
    await chooseFromHelp(page, 'Keyboard shortcuts');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await list.waitFor();
    expect(await list.getByRole('row', { name: 'Export pack…', exact: false }).first().getByRole('cell').textContent()).toBe('Ctrl+E');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
  });

  test('shows where the logs are, since a browser cannot open a folder: the host\'s logs folder, where it has written its start', async () => {
    const { page, workspace } = await openSession();
    await chooseFromHelp(page, 'Open logs folder');
    const dialog = page.getByRole('dialog', { name: 'Logs folder' });
    await dialog.waitFor();
    const logsDir = join(workspace.appDataDir, 'logs');
    expect(await dialog.getByRole('textbox', { name: 'Folder' }).inputValue()).toBe(logsDir);
    await screenshot(page, 'help-logs-folder-light.png');
    expect(await axeViolations(page, 'logs folder dialog')).toEqual([]);

    // The folder shown is the one written: the host's start, then the calls the page made, by name.
    expect(await readdir(logsDir)).toContain('browser-host.log');
    await expect.poll(() => readFile(join(logsDir, 'browser-host.log'), 'utf8')).toContain('"name":"support:openFolder"');
    const lines = (await readFile(join(logsDir, 'browser-host.log'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as { event: string; name?: string });
    expect(lines[0]?.event).toBe('start');
    expect(lines.map((line) => line.name)).toContain('workspace:get');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('shows the documentation folder the browser host runs beside', async () => {
    const { page } = await openSession();
    await chooseFromHelp(page, 'Documentation');
    const dialog = page.getByRole('dialog', { name: 'Documentation' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Folder' }).inputValue()).toBe(join(REPO_ROOT, 'docs'));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
