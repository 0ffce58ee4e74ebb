import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { library, openFlowTabs, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { SCREENSHOTS_DIR } from './support/pack-dialogs';
import { listFlowFiles } from './support/temp-workspace';

const { openSession } = useEditorSessions();

const item = (page: Page, name: string) => library(page).getByRole('treeitem', { name, exact: true });
const checkboxOf = (page: Page, name: string) => library(page).getByRole('checkbox', { name: `Select “${name}”`, exact: true });
const moreOf = (page: Page, name: string) => library(page).getByRole('button', { name: `Actions for “${name}”`, exact: true });
const menuItems = (page: Page) => page.getByRole('menu', { name: 'Actions' }).getByRole('menuitem').allTextContents();
const selectionActions = (page: Page) => library(page).getByRole('toolbar', { name: 'Selected items' });
const moveDialog = (page: Page) => page.getByRole('dialog', { name: /^Move / });

/** What axe finds wrong inside `selector`, one line per rule and element (empty when clean). */
async function accessibilityViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
}

describe('the library’s actions, visible on every row', () => {
  // As the platform's own list does: "hover over it and check the checkbox to select it" (journeys-workflows.en.txt).
  test.each(['light', 'dark'] as const)('each row’s checkbox selects it without opening it, shows it checked, and selects several (%s theme)', async (scheme) => {
    const { page } = await openSession({ colorScheme: scheme });
    await waitForEditor(page);

    await checkboxOf(page, 'Sales IVR').click();
    await checkboxOf(page, 'Out-of-hours message').click();

    await expect.poll(() => checkboxOf(page, 'Sales IVR').isChecked(), UI_SETTLE).toBe(true);
    expect(await checkboxOf(page, 'Out-of-hours message').isChecked()).toBe(true);
    expect(await item(page, 'Sales IVR').getAttribute('aria-selected')).toBe('true');
    expect(await item(page, 'After-hours').getAttribute('aria-selected')).toBe('false');
    expect(await selectionActions(page).textContent()).toContain('2 selected');
    // Selecting is not opening: no tab appeared.
    expect(await openFlowTabs(page).getByRole('tab').count()).toBe(0);
    await library(page).screenshot({ path: join(SCREENSHOTS_DIR, `library-checkbox-selection-${scheme}.png`) });

    // A second click takes the item out of the selection again.
    await checkboxOf(page, 'Sales IVR').click();
    await expect.poll(() => checkboxOf(page, 'Sales IVR').isChecked(), UI_SETTLE).toBe(false);
    expect(await item(page, 'Sales IVR').getAttribute('aria-selected')).toBe('false');

    // From the keyboard, Space on an item does what its checkbox does.
    await item(page, 'After-hours').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => checkboxOf(page, 'After-hours').isChecked(), UI_SETTLE).toBe(true);
    expect(await checkboxOf(page, 'Out-of-hours message').isChecked()).toBe(true);
    expect(await openFlowTabs(page).getByRole('tab').count()).toBe(0);

    // "to select/deselect all workflows" (journeys-workflows.en.txt): every flow shown, not the folders.
    const selectAll = library(page).getByRole('checkbox', { name: 'Select all flows' });
    await selectAll.click();
    await expect.poll(() => selectionActions(page).textContent(), UI_SETTLE).toContain('7 selected');
    expect(await item(page, 'journeys').getAttribute('aria-selected')).toBe('false');
    expect(await selectAll.isChecked()).toBe(true);
    await selectAll.click();
    await expect.poll(() => library(page).getByRole('treeitem', { selected: true }).count(), UI_SETTLE).toBe(0);
  });

  test('the "⋯" button opens the same menu as a right-click, and the keyboard opens, walks and closes it', async () => {
    const { page } = await openSession();
    await waitForEditor(page);

    await item(page, 'After-hours').click({ button: 'right' });
    const fromRightClick = await menuItems(page);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });

    await moreOf(page, 'After-hours').click();
    expect(await moreOf(page, 'After-hours').getAttribute('aria-expanded')).toBe('true');
    expect(await menuItems(page)).toEqual(fromRightClick);
    expect(fromRightClick).toEqual(expect.arrayContaining(['Rename', 'Duplicate', 'Move to…', 'Export pack', 'Push to tenant…', 'Delete']));
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'library-row-menu-light.png'), clip: { x: 0, y: 0, width: 700, height: 700 } });
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });

    // Keyboard only: Shift+F10 on the focused item, arrows move, Escape gives focus back to the item.
    await item(page, 'Sales IVR').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions' });
    await menu.waitFor();
    await expect.poll(() => menu.getByRole('menuitem').first().evaluate((node) => node.matches(':focus')), UI_SETTLE).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await menu.getByRole('menuitem').nth(1).evaluate((node) => node.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await item(page, 'Sales IVR').evaluate((node) => node.matches(':focus'))).toBe(true);
  });

  test('Move to… moves the selected flows into the chosen folder, and refuses with a reason what it cannot move', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);

    await checkboxOf(page, 'Sales IVR').click();
    await checkboxOf(page, 'Abandoned cart recovery').click();
    await selectionActions(page).getByRole('button', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move 2 items' });
    // The folder list takes the keyboard at once.
    const destination = dialog.getByRole('combobox', { name: 'Destination folder' });
    await expect.poll(() => destination.evaluate((node) => node.matches(':focus')), UI_SETTLE).toBe(true);
    await destination.selectOption({ label: 'pipeline' });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'library-move-to-light.png') });
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();

    await expect.poll(() => item(page, 'pipeline').getByRole('treeitem', { name: 'Sales IVR', exact: true }).count(), UI_SETTLE).toBe(1);
    await expect.poll(() => item(page, 'pipeline').getByRole('treeitem', { name: 'Abandoned cart recovery', exact: true }).count(), UI_SETTLE).toBe(1);
    expect((await listFlowFiles(workspace.root)).filter((path) => path.startsWith('pipeline/')).sort()).toEqual([
      'pipeline/abandoned-cart.flow.json',
      'pipeline/client-onboarding.flow.json',
      'pipeline/sales-ivr.flow.json',
    ]);
    // The moved items stay selected, in their new place.
    expect(await checkboxOf(page, 'Sales IVR').isChecked()).toBe(true);

    // A folder cannot go inside itself: the dialog says so and nothing moves.
    await moreOf(page, 'contact-center').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Move to…' }).click();
    await moveDialog(page).getByRole('combobox', { name: 'Destination folder' }).selectOption({ label: 'contact-center' });
    await moveDialog(page).getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => moveDialog(page).getByRole('alert').textContent(), UI_SETTLE).toBe('The folder “contact-center” cannot go inside itself.');
    await moveDialog(page).getByRole('button', { name: 'Cancel' }).click();

    // A name the folder already has is refused rather than overwritten.
    const existing = join(workspace.root, 'journeys', 'after-hours.flow.json');
    const copy = JSON.parse(await readFile(join(workspace.root, 'contact-center', 'after-hours.flow.json'), 'utf8')) as { id: string; name: string };
    await writeFile(existing, JSON.stringify({ ...copy, id: randomUUID(), name: 'Older after-hours' }, null, 2));
    await expect.poll(() => item(page, 'Older after-hours').count(), UI_SETTLE).toBe(1);
    await moreOf(page, 'After-hours').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Move to…' }).click();
    await moveDialog(page).getByRole('combobox', { name: 'Destination folder' }).selectOption({ label: 'journeys' });
    await moveDialog(page).getByRole('button', { name: 'Move', exact: true }).click();
    await expect
      .poll(() => moveDialog(page).getByRole('alert').textContent(), UI_SETTLE)
      .toBe('“After-hours” cannot move: “journeys” already has an item named after-hours.flow.json.');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'library-move-refused-light.png') });
    await moveDialog(page).getByRole('button', { name: 'Cancel' }).click();
    expect((JSON.parse(await readFile(existing, 'utf8')) as { name: string }).name).toBe('Older after-hours');
    expect(await item(page, 'contact-center').getByRole('treeitem', { name: 'After-hours', exact: true }).count()).toBe(1);
  });

  test('New folder creates the folder under the parent chosen in the dialog', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);

    // The selection's folder is offered first, as before; another parent can be chosen.
    await item(page, 'Client onboarding').click({ modifiers: ['Control'] });
    await library(page).getByRole('button', { name: 'New folder', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New folder' });
    const parent = dialog.getByRole('combobox', { name: 'Create inside' });
    expect(await parent.inputValue()).toBe('pipeline');
    await dialog.getByRole('textbox', { name: 'Folder name' }).fill('archive');
    await parent.selectOption({ label: 'journeys' });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'library-new-folder-parent-light.png') });
    await dialog.getByRole('button', { name: 'Create' }).click();

    await expect.poll(() => item(page, 'journeys').getByRole('treeitem', { name: 'archive', exact: true }).count(), UI_SETTLE).toBe(1);
    expect((await stat(join(workspace.root, 'journeys', 'archive'))).isDirectory()).toBe(true);
  });

  test('the library with its checkboxes, its actions menu and the Move to and New folder dialogs has no axe violation', async () => {
    const { page } = await openSession();
    await waitForEditor(page);

    await checkboxOf(page, 'Sales IVR').click();
    await checkboxOf(page, 'After-hours').click();
    await moreOf(page, 'After-hours').click();
    await page.getByRole('menu', { name: 'Actions' }).waitFor();
    expect(await accessibilityViolations(page, 'nav[aria-label="Library"]')).toEqual([]);

    await page.getByRole('menu').getByRole('menuitem', { name: 'Move to…' }).click();
    await page.getByRole('dialog', { name: 'Move 2 items' }).waitFor();
    expect(await accessibilityViolations(page, 'dialog[open]')).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await library(page).getByRole('button', { name: 'New folder', exact: true }).click();
    await page.getByRole('dialog', { name: 'New folder' }).waitFor();
    expect(await accessibilityViolations(page, 'dialog[open]')).toEqual([]);
  });
});
