import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createTrustedKeyHandlers } from '../../node/services/trusted-keys';
import { generateKeyPair, privateKeyFile } from '../../shared/pack/signature/keys';
import { library, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { exportDialog, exportTwoFlows, importDialog, openExportOfTwoFlows, openImport, SCREENSHOTS_DIR, trustComparingFingerprint } from './support/pack-dialogs';

const { openSession } = useEditorSessions();

const keysDialog = (page: Page) => page.getByRole('dialog', { name: 'Keys' });
const focusedText = (page: Page) => page.evaluate<string>("document.activeElement?.textContent ?? ''");
const keysIn = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { keys: { fingerprint: string }[] }).keys.map((key) => key.fingerprint);

/** Writes `author`'s private key file into the session's data folder; returns the pair and the file. */
async function keyFileOf(appDataDir: string, author: string, seed: number) {
  const pair = generateKeyPair(author, new Uint8Array(32).fill(seed));
  const file = join(appDataDir, `${seed}.key`);
  await writeFile(file, JSON.stringify(privateKeyFile(pair)));
  return { pair, file };
}

describe('the Keys dialog (browser host)', () => {
  test('a trusted key is listed over the import dialog and, once forgotten, its packs open as signed by an unknown key again', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const { pair, file } = await keyFileOf(workspace.appDataDir, 'Ada', 5);
    const packFile = await exportTwoFlows(page, workspace.root, 'light', file);

    // given a key trusted through importing a pack signed with it
    let importing = await openImport(page, packFile);
    let signature = importing.getByRole('region', { name: 'Signature' });
    await trustComparingFingerprint(signature, pair.fingerprint);
    await expect.poll(() => signature.textContent()).toContain('a key you trust');

    // when the user opens Manage keys over the import dialog
    await signature.getByRole('button', { name: 'Manage keys…' }).click();
    const keys = keysDialog(page);
    const trusted = keys.getByRole('region', { name: 'Trusted keys' });
    await expect.poll(() => trusted.textContent()).toContain('Ada Lovelace');
    expect(await trusted.textContent()).toContain(pair.fingerprint);
    expect(await trusted.textContent()).toMatch(/Trusted on/);
    await expect.poll(() => keys.getByRole('region', { name: 'Signing keys kept by this app' }).textContent()).toContain('The app keeps no signing keys.');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'keys-trusted-light.png') });

    // then Forget asks first; keeping it changes nothing
    await trusted.getByRole('button', { name: 'Forget the key of Ada Lovelace' }).click();
    const question = trusted.getByRole('group', { name: 'Forget the key of Ada Lovelace?' });
    expect(await question.textContent()).toContain('will show as signed by a key you have not trusted');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'keys-confirm-forget-light.png') });
    await question.getByRole('button', { name: 'Keep it' }).click();
    expect(await keysIn(join(workspace.appDataDir, 'trusted-keys.json'))).toEqual([pair.fingerprint]);

    // and confirming forgets it: the empty state says how keys get there
    await trusted.getByRole('button', { name: 'Forget the key of Ada Lovelace' }).click();
    await question.getByRole('button', { name: 'Forget key' }).click();
    await expect.poll(() => trusted.textContent()).toContain('When you import a signed pack, “Trust this key” adds its key here.');
    expect(await keysIn(join(workspace.appDataDir, 'trusted-keys.json'))).toEqual([]);

    // Escape closes only the Keys dialog; focus goes back to the button that opened it, and
    // the pack open below is checked again.
    await page.keyboard.press('Escape');
    await keys.waitFor({ state: 'detached' });
    expect(await importing.isVisible()).toBe(true);
    expect(await focusedText(page)).toBe('Manage keys…');
    await expect.poll(() => signature.textContent()).toContain('a key you have not trusted yet');

    // The next import of the pack says the same.
    await importing.getByRole('button', { name: 'Cancel' }).click();
    await importing.waitFor({ state: 'detached' });
    importing = await openImport(page, packFile);
    signature = importing.getByRole('region', { name: 'Signature' });
    await expect.poll(() => signature.textContent()).toContain('a key you have not trusted yet');
  });

  test('the Import dialog offers Manage keys before any pack is chosen', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    // A key trusted earlier, through the app's own service, as an earlier import would have.
    const pair = generateKeyPair('Grace Hopper', new Uint8Array(32).fill(6));
    await createTrustedKeyHandlers(workspace.appDataDir, () => new Date())['keys:trust']({ author: pair.author, publicKey: pair.publicKey, confirmedFingerprint: pair.fingerprint });

    await library(page).getByRole('button', { name: 'Import pack' }).click();
    await importDialog(page).getByRole('button', { name: 'Manage keys…' }).click();

    await expect.poll(() => keysDialog(page).getByRole('region', { name: 'Trusted keys' }).textContent()).toContain(pair.fingerprint);
    expect(await keysDialog(page).textContent()).toContain('Grace Hopper');
  });

  test('a signing key kept without a keychain is listed as unencrypted and, once forgotten, is no longer offered; its key file stays', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const { pair, file } = await keyFileOf(workspace.appDataDir, 'Grace Hopper', 9);
    const keyFileText = await readFile(file, 'utf8');
    // The browser host has no keychain: the user agreed to unencrypted storage with the checkbox.
    await exportTwoFlows(page, workspace.root, 'light', file, true);
    const keptLabel = `Grace Hopper (${pair.fingerprint})`;

    // given the export dialog signing with the kept key
    await library(page).getByRole('toolbar', { name: 'Selected items' }).getByRole('button', { name: 'Export pack' }).click();
    const exporting = exportDialog(page);
    const signWith = exporting.getByRole('combobox', { name: 'Signature' });
    await signWith.selectOption({ label: keptLabel });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-pack-manage-keys-light.png') });

    // when the user opens Manage keys from it
    await exporting.getByRole('button', { name: 'Manage keys…' }).click();
    const keys = keysDialog(page);
    const signing = keys.getByRole('region', { name: 'Signing keys kept by this app' });
    await expect.poll(() => signing.textContent()).toContain('Grace Hopper');
    expect(await signing.textContent()).toContain(pair.fingerprint);
    expect(await signing.textContent()).toContain('Stored unencrypted');
    await expect.poll(() => keys.getByRole('region', { name: 'Trusted keys' }).textContent()).toContain('You trust no keys yet.');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'keys-signing-light.png') });

    // then forgetting it says the key file is not touched, and does not touch it
    await signing.getByRole('button', { name: 'Forget the key of Grace Hopper' }).click();
    const question = signing.getByRole('group', { name: 'Forget the key of Grace Hopper?' });
    expect(await question.textContent()).toContain('Your key file, if you have one, is not touched.');
    await question.getByRole('button', { name: 'Forget key' }).click();
    await expect.poll(() => signing.textContent()).toContain('The app keeps no signing keys.');
    expect(await keysIn(join(workspace.appDataDir, 'signing-keys.json'))).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(keyFileText);

    // and back in the export dialog the key is no longer offered nor chosen
    await keys.getByRole('button', { name: 'Close' }).click();
    await keys.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Manage keys…');
    await expect.poll(() => signWith.inputValue()).toBe('');
    expect(await signWith.locator('option').allTextContents()).not.toContain(keptLabel);
  });

  test('a signed pack still opens when the list of trusted keys is damaged, and the dialog says why no key is trusted', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const { file } = await keyFileOf(workspace.appDataDir, 'Ada', 6);
    const packFile = await exportTwoFlows(page, workspace.root, 'light', file);
    const trustedFile = join(workspace.appDataDir, 'trusted-keys.json');
    await writeFile(trustedFile, '{"format": "flowpack.trusted-keys", "keys": [');

    const importing = await openImport(page, packFile);

    await expect.poll(() => importing.getByRole('region', { name: 'Signature' }).textContent()).toContain('a key you have not trusted yet');
    await expect.poll(() => importing.getByRole('alert').first().textContent()).toMatch(/^Your list of trusted keys could not be read/);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'import-pack-trust-list-damaged-light.png') });
    expect(await readFile(trustedFile, 'utf8')).toBe('{"format": "flowpack.trusted-keys", "keys": [');
  });

  test('a key list the app cannot read is reported as an alert, the other list still works and the file is left as it is', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const trustedFile = join(workspace.appDataDir, 'trusted-keys.json');
    await writeFile(trustedFile, '{"format": "flowpack.trusted-keys", "version": 1, "keys": [');

    await (await openExportOfTwoFlows(page)).getByRole('button', { name: 'Manage keys…' }).click();
    const keys = keysDialog(page);
    const problem = keys.getByRole('region', { name: 'Trusted keys' }).getByRole('alert');
    await expect.poll(() => problem.textContent()).toMatch(/^Could not read these keys: .*trusted keys/);
    // The two lists load separately: the other one may still be reading when the first one's alert shows.
    await expect.poll(() => keys.getByRole('region', { name: 'Signing keys kept by this app' }).textContent()).toContain('The app keeps no signing keys.');
    expect(await readFile(trustedFile, 'utf8')).toBe('{"format": "flowpack.trusted-keys", "version": 1, "keys": [');
  });
});
