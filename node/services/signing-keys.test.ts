import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, generateKeyPair, parseKeyFile, privateKeyFile, publicKeyFile } from '../../shared/pack/signature/keys';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { makePackWorkspace } from './pack-workspace.testing';
import type { PackWorkspace } from './pack-workspace.testing';
import { plainSecretBox } from './secret-box';
import { createSigningKeys, SIGNING_KEYS_FILE } from './signing-keys';
import { expectHostError } from './temp-workspace.testing';

const CONVERSATIONS = ['conversations/out-of-hours-message.flow.json'];
const manifest = { name: 'Support basics', description: '', author: 'Ada' };
const pair = generateKeyPair('Ada Lovelace', new Uint8Array(32).fill(7));
const keyText = JSON.stringify(privateKeyFile(pair));

let ws: PackWorkspace;
beforeEach(async () => {
  ws = await makePackWorkspace();
});
afterEach(() => ws.remove());

describe('signing keys the app keeps', () => {
  it('keeps a private key sealed, lists it without its secret, and signs a pack with it by fingerprint', async () => {
    const kept = await ws.call('keys:rememberSigning', { text: keyText });
    expect(kept).toEqual({ fingerprint: pair.fingerprint, author: 'Ada Lovelace' });
    const listed = await ws.call('keys:listSigning', {});
    expect(listed.keys).toEqual([expect.objectContaining({ fingerprint: pair.fingerprint, author: 'Ada Lovelace', protected: true })]);
    expect(JSON.stringify(listed)).not.toContain(privateKeyFile(pair).privateKey);
    const onDisk = await readFile(join(ws.appData, SIGNING_KEYS_FILE), 'utf8');
    expect(onDisk).not.toContain(privateKeyFile(pair).privateKey);

    await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'signed.flowpack', signingKeyId: pair.fingerprint });
    const written = JSON.parse(await readFile(join(ws.folder, 'signed.flowpack'), 'utf8')) as object;
    expect(verifyPack(written, [publicKeyFile(pair)])).toMatchObject({ status: 'valid', fingerprint: pair.fingerprint });
  });

  it('refuses a public key file, and a key the app no longer keeps', async () => {
    const error = await expectHostError(ws.call('keys:rememberSigning', { text: JSON.stringify(publicKeyFile(pair)) }), 'INVALID_ARGS');
    expect(error.message).toMatch(/public key file/);
    await ws.call('keys:rememberSigning', { text: keyText });
    await ws.call('keys:forgetSigning', { fingerprint: pair.fingerprint });
    expect((await ws.call('keys:listSigning', {})).keys).toEqual([]);
    await expectHostError(ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'signed.flowpack', signingKeyId: pair.fingerprint }), 'NOT_FOUND');
  });
});

describe('creating a signing key in the app', () => {
  it('creates a key sealed with the keychain, signs with it, and gives its public key file with its fingerprint, as flowpack keygen writes it', async () => {
    const created = await ws.call('keys:createSigning', { author: '  Renée Trainer ' });
    expect(created.author).toBe('Renée Trainer');
    expect((await ws.call('keys:listSigning', {})).keys).toEqual([expect.objectContaining({ fingerprint: created.fingerprint, author: 'Renée Trainer', protected: true })]);
    const onDisk = await readFile(join(ws.appData, SIGNING_KEYS_FILE), 'utf8');
    expect(onDisk).not.toContain('"privateKey"');

    const exported = await ws.call('keys:publicKey', { fingerprint: created.fingerprint });
    expect(exported.fileName).toBe('renee-trainer.key.pub');
    expect(exported.fingerprint).toBe(created.fingerprint);
    const parsed = parseKeyFile(JSON.parse(exported.text));
    expect(parsed).toMatchObject({ ok: true, key: { kind: 'public', author: 'Renée Trainer' } });
    expect(exported.text).not.toContain('privateKey');
    const publicKey = parsed.ok ? parsed.key : publicKeyFile(pair);
    expect(fingerprint(publicKey.publicKey)).toBe(created.fingerprint);

    await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'signed.flowpack', signingKeyId: created.fingerprint });
    const written = JSON.parse(await readFile(join(ws.folder, 'signed.flowpack'), 'utf8')) as object;
    expect(verifyPack(written, [publicKey])).toMatchObject({ status: 'valid', author: 'Renée Trainer' });
  });

  it('refuses a name the key file would refuse, and keeps nothing', async () => {
    const error = await expectHostError(ws.call('keys:createSigning', { author: 'Ada\u0007' }), 'INVALID_ARGS');
    expect(error.message).toMatch(/^the name must not contain control characters/);
    expect((await ws.call('keys:listSigning', {})).keys).toEqual([]);
  });

  it('without a keychain, creates one only after the user agrees to store it unencrypted', async () => {
    const keys = createSigningKeys({ appDataDir: ws.appData, box: plainSecretBox, clock: () => new Date() });
    await expectHostError(keys['keys:createSigning']({ author: 'Ada', allowUnprotected: false }), 'NOT_SUPPORTED');
    expect((await keys['keys:listSigning']({})).keys).toEqual([]);
    await keys['keys:createSigning']({ author: 'Ada', allowUnprotected: true });
    expect((await keys['keys:listSigning']({})).keys).toEqual([expect.objectContaining({ author: 'Ada', protected: false })]);
  });
});

describe('signing keys where there is no keychain', () => {
  it('keeps a private key only after the user agrees to store it unencrypted', async () => {
    const keys = createSigningKeys({ appDataDir: ws.appData, box: plainSecretBox, clock: () => new Date() });
    const error = await expectHostError(keys['keys:rememberSigning']({ text: keyText, allowUnprotected: false }), 'NOT_SUPPORTED');
    expect(error.message).toMatch(/stored unencrypted/);
    expect((await keys['keys:listSigning']({})).keys).toEqual([]);
    await keys['keys:rememberSigning']({ text: keyText, allowUnprotected: true });
    expect((await keys['keys:listSigning']({})).keys).toEqual([expect.objectContaining({ protected: false })]);
    expect((await keys.privateKey(pair.fingerprint)).privateKey).toBe(privateKeyFile(pair).privateKey);
  });
});
