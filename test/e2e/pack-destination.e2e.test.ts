import { mkdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { library, tabNamed, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { importDialog, openExportOfTwoFlows, saveExport, SCREENSHOTS_DIR } from './support/pack-dialogs';

const { openSession } = useEditorSessions();

/** Accessibility violations of any impact inside the parts of the page matched by `selector`. */
async function axeViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page: page as never }).include(selector).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('export says where the pack went and what travels; import finds it (browser host)', () => {
  test('export shows the full path and a download of the pack; the report names fields and what travels; Import lists the pack and imports it', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    const root = await realpath(workspace.root);
    await waitForEditor(page);

    const dialog = await openExportOfTwoFlows(page);
    await dialog.getByRole('textbox', { name: 'Pack name' }).fill('Support basics');
    // What changes, by field label rather than JSON path.
    const changes = dialog.getByRole('table', { name: 'What export removes or changes' });
    await expect.poll(() => changes.textContent()).toContain('Tags 1');
    expect(await changes.textContent()).not.toMatch(/nodes\[|config\./);
    // What travels: the teams and channels leave with their ids, and the destination must hold them.
    const travels = dialog.getByRole('table', { name: /^What travels with the flows/ });
    await expect.poll(() => travels.textContent()).toContain('Support (team), with its id');
    expect(await travels.textContent()).toContain('Linked if it has the same id; otherwise removed');
    expect(await travels.textContent()).not.toMatch(/nodes\[|config\./);
    // Long values wrap inside the dialog: nothing of it is wider than the dialog itself.
    const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-report-light.png') });
    await travels.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-report-travels-light.png') });
    expect(await axeViolations(page, '.pack-report')).toEqual([]);

    await dialog.getByRole('textbox', { name: 'Save as (in the workspace)' }).fill('support.flowpack');
    const fullPath = await saveExport(dialog, true);
    expect(fullPath).toBe(join(root, 'support.flowpack'));
    const saved = dialog.getByRole('region', { name: 'Pack saved' });
    // The browser host has no file manager to open: it offers a download instead of "Show in folder".
    expect(await saved.getByRole('button', { name: 'Show in folder' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-saved-light.png') });
    expect(await axeViolations(page, '.pack-saved')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), saved.getByRole('link', { name: 'Download support.flowpack' }).click()]);
    expect(download.suggestedFilename()).toBe('support.flowpack');
    const received = await download.path();
    expect(await readFile(received, 'utf8')).toBe(await readFile(fullPath, 'utf8'));
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus goes back to where export was opened, as after any dialog.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Export pack');

    // Import lists the pack export wrote: no file to look for.
    await library(page).getByRole('button', { name: 'Import pack' }).click();
    const importing = importDialog(page);
    const listed = importing.getByRole('region', { name: 'Packs in this workspace' });
    const choice = listed.getByRole('button', { name: /^Support basics/ });
    await expect.poll(() => choice.textContent()).toContain('2 flows: Out-of-hours message, Sales auto-assignment');
    expect(await choice.textContent()).toContain('support.flowpack');
    await choice.click();
    await importing.getByRole('region', { name: 'Signature' }).waitFor();
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    await importing.getByRole('combobox', { name: 'Import into folder' }).selectOption('journeys');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'import-workspace-pack-light.png') });
    expect(await axeViolations(page, '.pack-workspace-list')).toEqual([]);
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importing.textContent()).toContain('copied to journeys/out-of-hours-message-copy.flow.json with a new id');
    await tabNamed(page, 'Out-of-hours message (copy)').waitFor();
  });

  test('the report names fields and what travels in the language of the UI', async () => {
    const { page } = await openSession({ locale: 'es-ES' });
    // Landmarks and controls are translated too: found here by their Spanish names.
    const spanishLibrary = page.getByRole('navigation', { name: 'Biblioteca' });
    await spanishLibrary.getByRole('treeitem', { name: 'Out-of-hours message', exact: true }).click();
    await spanishLibrary.getByRole('treeitem', { name: 'Sales auto-assignment', exact: true }).click({ modifiers: ['Control'] });
    await spanishLibrary.getByRole('toolbar', { name: 'Elementos seleccionados' }).getByRole('button', { name: 'Exportar paquete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportar paquete' });
    await dialog.getByRole('textbox', { name: 'Nombre del paquete' }).fill('Soporte');
    const travels = dialog.getByRole('table', { name: /^Lo que viaja con los flujos/ });
    await expect.poll(() => travels.textContent()).toContain('(equipo), con su id');
    expect(await travels.textContent()).toContain('Se vincula si tiene el mismo id; si no, se elimina');
    expect(await travels.textContent()).toContain('Etiquetas 1');
    await travels.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-report-travels-es.png') });
  });
});
