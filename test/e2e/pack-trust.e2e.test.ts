import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createTrustedKeyHandlers } from '../../node/services/trusted-keys';
import { packSchema } from '../../shared/pack/pack-schema';
import { fingerprint, generateKeyPair, parseKeyFile, privateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { exportTwoFlows, importDialog, openImport, SCREENSHOTS_DIR } from './support/pack-dialogs';

const { openSession } = useEditorSessions();

const keysDialog = (page: Page) => page.getByRole('dialog', { name: 'Keys' });
const appFile = async (appDataDir: string, name: string) => JSON.parse(await readFile(join(appDataDir, name), 'utf8')) as Record<string, unknown>;

describe('trusting keys and creating one (browser host)', () => {
  test('a key is trusted only once the fingerprint its author gave matches: another one is refused and Trust stays off', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const pair = generateKeyPair('Ada', new Uint8Array(32).fill(5));
    const keyFile = join(workspace.appDataDir, 'ada.key');
    await writeFile(keyFile, JSON.stringify(privateKeyFile(pair)));
    const packFile = await exportTwoFlows(page, workspace.root, 'light', keyFile);

    // given a pack signed by a key not trusted yet
    const signature = (await openImport(page, packFile)).getByRole('region', { name: 'Signature' });
    await signature.getByRole('button', { name: 'Trust this key…' }).click();
    const check = signature.getByRole('group', { name: 'Compare fingerprints' });
    expect(await check.textContent()).toContain('compare its fingerprint with the one “Ada Lovelace” gave you in another way');
    expect(await check.textContent()).toContain(pair.fingerprint);
    const typed = check.getByRole('textbox', { name: 'The fingerprint the author gave you' });
    const trust = check.getByRole('button', { name: 'Trust this key', exact: true });
    expect(await trust.isDisabled()).toBe(true);

    // when the user types a fingerprint that is not this key's
    await typed.fill(generateKeyPair('Mallory', new Uint8Array(32).fill(6)).fingerprint);
    // then it says so and Trust stays off
    await expect.poll(() => check.getByRole('alert').textContent()).toContain('These fingerprints differ');
    expect(await trust.isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'trust-key-mismatch-light.png') });

    // and with the author's fingerprint (as read out: upper case, spaces) the key can be trusted
    await typed.fill(pair.fingerprint.toUpperCase().replaceAll(':', ' '));
    await expect.poll(() => check.textContent()).toContain('The fingerprints are the same.');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'trust-key-match-light.png') });
    await trust.click();
    await expect.poll(() => signature.textContent()).toContain('Signed by Ada Lovelace, a key you trust.');
    expect(((await appFile(workspace.appDataDir, 'trusted-keys.json')).keys as { fingerprint: string }[]).map((key) => key.fingerprint)).toEqual([pair.fingerprint]);
  });

  test('Create key… makes a signing key and shows its public key with its fingerprint; the policy then refuses an unsigned pack', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const packFile = await exportTwoFlows(page, workspace.root, 'light');
    const importing = await openImport(page, packFile);
    const signature = importing.getByRole('region', { name: 'Signature' });
    await signature.getByRole('button', { name: 'Manage keys…' }).click();
    const keys = keysDialog(page);
    await expect.poll(() => keys.textContent()).toContain('flowpack keygen --name <your name>');

    // given the browser host, which has no keychain: creating needs agreement to store the key unencrypted
    await keys.getByRole('button', { name: 'Create key…' }).click();
    const form = keys.getByRole('group', { name: 'Create a signing key' });
    await form.getByRole('textbox', { name: 'Your name, as those who open your packs know you' }).fill('Renée Trainer');
    const create = form.getByRole('button', { name: 'Create key', exact: true });
    expect(await create.isDisabled()).toBe(true);
    await form.getByRole('checkbox', { name: /^Store the private key unencrypted in the app’s data folder \(the browser host has no access to the system keychain\)/ }).check();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'keys-create-light.png') });

    // when it is created
    await create.click();

    // then its public key is shown with its fingerprint, to copy or save for students
    const shown = keys.getByRole('group', { name: 'Public key of Renée Trainer' });
    const text = await shown.getByRole('textbox', { name: 'renee-trainer.key.pub' }).inputValue();
    const parsed = parseKeyFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.key).toMatchObject({ kind: 'public', author: 'Renée Trainer' });
    const print = fingerprint(parsed.key.publicKey);
    expect(await shown.textContent()).toContain(print);
    expect(await shown.getByRole('button', { name: 'Save renee-trainer.key.pub' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'keys-public-key-light.png') });
    const kept = (await appFile(workspace.appDataDir, 'signing-keys.json')).keys as { fingerprint: string; sealed: { protected: boolean } }[];
    expect(kept.map((key) => [key.fingerprint, key.sealed.protected])).toEqual([[print, false]]);

    // and with the policy on, the unsigned pack open below cannot be imported
    await keys.getByRole('checkbox', { name: /^Require a signature from a trusted key/ }).check();
    await expect.poll(async () => (await appFile(workspace.appDataDir, 'trusted-keys.json')).requireTrusted).toBe(true);
    await keys.getByRole('button', { name: 'Close' }).click();
    await keys.waitFor({ state: 'detached' });
    await expect.poll(() => signature.textContent()).toContain('this pack is not signed (it never was, or its signature was removed), so it cannot be imported');
    expect(await importDialog(page).getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'import-policy-refused-light.png') });
  });

  test('a pack claiming the author of a trusted key but signed by another key says exactly that', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const ada = generateKeyPair('Ada Lovelace', new Uint8Array(32).fill(5));
    const mallory = generateKeyPair('Mallory', new Uint8Array(32).fill(6));
    await createTrustedKeyHandlers(workspace.appDataDir, () => new Date())['keys:trust']({ author: 'Ada Lovelace', publicKey: ada.publicKey, confirmedFingerprint: ada.fingerprint });
    // given the pack Ada exported ("Ada Lovelace" as its author), re-signed by Mallory
    const packFile = await exportTwoFlows(page, workspace.root, 'light');
    const forged = signPack(packSchema.parse(JSON.parse(await readFile(packFile, 'utf8'))), privateKeyFile(mallory));
    const forgedFile = join(workspace.root, 'forged.flowpack');
    await writeFile(forgedFile, JSON.stringify(forged, null, 2));

    const signature = (await openImport(page, forgedFile)).getByRole('region', { name: 'Signature' });
    await expect
      .poll(() => signature.getByRole('alert').first().textContent())
      .toBe(`Warning: this pack says it is from “Ada Lovelace”, whose key you trust (${ada.fingerprint}), but it is signed by another key (${mallory.fingerprint}).`);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'import-claims-trusted-author-light.png') });
  });
});
