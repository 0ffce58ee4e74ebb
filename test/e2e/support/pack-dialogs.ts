import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { library } from './editor-page';
import { TEST_RESULTS_DIR } from './paths';

/** The pack dialogs as users find them, shared by the pack specs. */
export const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
export const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export pack' });
export const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import pack' });

/** Selects the two conversations examples in the library and opens Export pack with them; returns the dialog. */
export async function openExportOfTwoFlows(page: Page, scheme: 'light' | 'dark' = 'light') {
  await library(page).getByRole('treeitem', { name: 'Out-of-hours message', exact: true }).click();
  await library(page).getByRole('treeitem', { name: 'Sales auto-assignment', exact: true }).click({ modifiers: ['Control'] });
  const selectionActions = library(page).getByRole('toolbar', { name: 'Selected items' });
  await selectionActions.waitFor();
  await library(page).screenshot({ path: join(SCREENSHOTS_DIR, `library-pack-actions-${scheme}.png`) });
  await selectionActions.getByRole('button', { name: 'Export pack' }).click();
  return exportDialog(page);
}

/** Exports the two conversations examples as `support.flowpack`, signed with `keyFile` when given. */
export async function exportTwoFlows(page: Page, root: string, scheme: 'light' | 'dark', keyFile?: string, keepKey = false): Promise<string> {
  const dialog = await openExportOfTwoFlows(page, scheme);
  // Several flows have no name to offer: the dialog says the report waits for one.
  await dialog.getByText('Name the pack to see what export will change.').waitFor();
  await dialog.getByRole('textbox', { name: 'Pack name' }).fill('Support basics');
  await dialog.getByRole('textbox', { name: 'Author' }).fill('Ada Lovelace');
  // The report shows before anything is written.
  const report = dialog.getByRole('table', { name: 'What export removes or changes' });
  await expect.poll(() => report.getByRole('row').count()).toBe(3);
  await expect.poll(() => report.textContent()).toContain('tag reference kept by name only');
  expect((await readdir(root, { recursive: true })).filter((name) => name.endsWith('.flowpack'))).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Save as (in the workspace)' }).fill('support.flowpack');
  if (keyFile !== undefined) {
    await dialog.getByRole('combobox', { name: 'Signature' }).selectOption({ label: 'A private key file…' });
    await dialog.getByLabel('Sign with private key (optional)').setInputFiles(keyFile);
    if (keepKey) await dialog.getByRole('checkbox', { name: /^Keep this key in the app/ }).check();
  }
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `export-pack-${scheme}.png`) });

  await saveExport(dialog);
  return join(root, 'support.flowpack');
}

/**
 * Saves from the Export dialog, which then says where the pack went; returns the full path it
 * shows, and closes the dialog unless `keepOpen`.
 */
export async function saveExport(dialog: Locator, keepOpen = false): Promise<string> {
  await dialog.getByRole('button', { name: 'Save pack' }).click();
  const saved = dialog.getByRole('region', { name: 'Pack saved' });
  await saved.waitFor();
  const fullPath = (await saved.locator('code').textContent()) ?? '';
  if (!keepOpen) {
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  return fullPath;
}

/** Opens Import pack with a pack file; returns the dialog. */
export async function openImport(page: Page, file: string) {
  await library(page).getByRole('button', { name: 'Import pack' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('Pack file').setInputFiles(file);
  await dialog.getByRole('region', { name: 'Signature' }).waitFor();
  return dialog;
}

/**
 * Trusts the key of an opened pack as a user must: "Trust this key…", then the fingerprint the
 * author gave them typed in, then "Trust this key" once the two are the same.
 */
export async function trustComparingFingerprint(signature: Locator, fingerprint: string) {
  await signature.getByRole('button', { name: 'Trust this key…' }).click();
  const check = signature.getByRole('group', { name: 'Compare fingerprints' });
  await check.getByRole('textbox', { name: 'The fingerprint the author gave you' }).fill(fingerprint);
  await check.getByRole('button', { name: 'Trust this key', exact: true }).click();
}
