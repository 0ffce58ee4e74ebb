import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../shared/pack/signature/keys';
import { createTrustedKeyHandlers, TRUSTED_KEYS_FILE } from './trusted-keys';
import { expectHostError, makeTempFolder } from './temp-workspace.testing';

const KEY = generateKeyPair('Ada Lovelace', new Uint8Array(32).fill(3));
const OTHER = generateKeyPair('Grace Hopper', new Uint8Array(32).fill(4));
const clock = () => new Date('2026-11-21T12:00:00.000Z');

describe('trusted signing keys in the app data folder', () => {
  let appData: { folder: string; remove: () => Promise<void> };
  beforeEach(async () => {
    appData = await makeTempFolder('flowpack-appdata-');
  });
  afterEach(() => appData.remove());

  it('remembers a trusted key with its fingerprint, across app launches', async () => {
    const first = createTrustedKeyHandlers(appData.folder, clock);
    const { fingerprint } = await first['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: KEY.fingerprint });

    const relaunched = createTrustedKeyHandlers(appData.folder, clock);
    const { keys } = await relaunched['keys:listTrusted']({});

    expect(fingerprint).toBe(KEY.fingerprint);
    expect(keys).toEqual([{ author: 'Ada', publicKey: KEY.publicKey, fingerprint: KEY.fingerprint, addedAt: '2026-11-21T12:00:00.000Z' }]);
  });

  it('trusting a key twice keeps one entry, the first name given', async () => {
    const handlers = createTrustedKeyHandlers(appData.folder, clock);
    await handlers['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: KEY.fingerprint });
    await handlers['keys:trust']({ author: 'Someone else', publicKey: KEY.publicKey, confirmedFingerprint: KEY.fingerprint });

    expect((await handlers['keys:listTrusted']({})).keys.map((key) => key.author)).toEqual(['Ada']);
  });

  it('forgets one key and keeps the others', async () => {
    const handlers = createTrustedKeyHandlers(appData.folder, clock);
    await handlers['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: KEY.fingerprint });
    await handlers['keys:trust']({ author: 'Grace', publicKey: OTHER.publicKey, confirmedFingerprint: OTHER.fingerprint });

    await handlers['keys:forget']({ fingerprint: KEY.fingerprint });

    expect((await handlers['keys:listTrusted']({})).keys.map((key) => key.author)).toEqual(['Grace']);
  });

  it('refuses something that is not an Ed25519 public key', async () => {
    const handlers = createTrustedKeyHandlers(appData.folder, clock);
    await expectHostError(handlers['keys:trust']({ author: 'Ada', publicKey: 'bm90IGEga2V5', confirmedFingerprint: KEY.fingerprint }), 'INVALID_ARGS');
    expect((await handlers['keys:listTrusted']({})).keys).toEqual([]);
  });

  it('reports a damaged keys file instead of treating it as empty (which would drop every trusted key on the next save)', async () => {
    await writeFile(join(appData.folder, TRUSTED_KEYS_FILE), '{"format": "something else"}');
    const handlers = createTrustedKeyHandlers(appData.folder, clock);

    const error = await expectHostError(handlers['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: KEY.fingerprint }), 'IO');
    expect(error.message).toMatch(/damaged/);
  });

  it('trusts a key only when the fingerprint the user compared is this key\'s (spacing, colons and case aside)', async () => {
    const handlers = createTrustedKeyHandlers(appData.folder, clock);
    const error = await expectHostError(handlers['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: OTHER.fingerprint }), 'INVALID_ARGS');
    expect(error.message).toBe(`the fingerprint compared (${OTHER.fingerprint}) is not this key's (${KEY.fingerprint}); the key was not trusted`);
    expect((await handlers['keys:listTrusted']({})).keys).toEqual([]);

    const typed = ` ${KEY.fingerprint.toUpperCase().replaceAll(':', ' ')} `;
    await handlers['keys:trust']({ author: 'Ada', publicKey: KEY.publicKey, confirmedFingerprint: typed });
    expect((await handlers['keys:listTrusted']({})).keys.map((key) => key.fingerprint)).toEqual([KEY.fingerprint]);
  });

  it('keeps the policy "require a signature from a trusted key" across launches, off until turned on', async () => {
    const first = createTrustedKeyHandlers(appData.folder, clock);
    expect((await first['keys:listTrusted']({})).requireTrusted).toBe(false);
    await first['keys:setPolicy']({ requireTrusted: true });
    const relaunched = createTrustedKeyHandlers(appData.folder, clock);
    expect(await relaunched['keys:listTrusted']({})).toEqual({ keys: [], requireTrusted: true });
    expect(await relaunched.requiresTrusted()).toBe(true);
  });
});
