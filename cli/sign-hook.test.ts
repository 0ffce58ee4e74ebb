import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_VERSION } from '../shared/pack/pack-schema';
import type { Pack } from '../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile, publicKeyFile } from '../shared/pack/signature/keys';
import { verifyPack } from '../shared/pack/signature/verify-pack';
import { CommandError } from './cli-error';
import { signPackHook } from './sign-hook';

const folder = mkdtempSync(join(tmpdir(), 'flowpack-sign-hook-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pack: Pack = {
  format: PACK_FORMAT,
  version: PACK_VERSION,
  manifest: { name: 'Starter', description: '', author: 'Ada', profile: 'pipeline', createdAt: '2026-01-15T09:00:00.000Z', generator: 'test', sanitisation: [] },
  flows: [],
  entities: { tags: [], customFields: [], segments: [] },
};

function writeKey(name: string, value: object): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('export --sign: signPackHook', () => {
  it('signs the pack with the private key file so that it verifies as valid against the public key', () => {
    const pair = generateKeyPair('Ada Lovelace');
    const signed = signPackHook(pack, writeKey('ada.key', privateKeyFile(pair)));
    const written = JSON.parse(JSON.stringify(signed)) as object;
    expect(verifyPack(written, [publicKeyFile(pair)])).toEqual({ status: 'valid', author: 'Ada Lovelace', fingerprint: pair.fingerprint });
  });

  it('stops export with one line naming the file when the key cannot sign', () => {
    const pair = generateKeyPair('Ada Lovelace');
    const publicPath = writeKey('ada.key.pub', publicKeyFile(pair));
    expect(() => signPackHook(pack, publicPath)).toThrow(new CommandError(`${publicPath}: is a public key file; signing needs the private key file (the one without .pub)`));
    const missing = join(folder, 'missing.key');
    expect(() => signPackHook(pack, missing)).toThrow(new CommandError(`${missing}: no such file or directory`));
    const damaged = writeKey('damaged.key', { ...privateKeyFile(pair), privateKey: generateKeyPair('x').privateKey });
    expect(() => signPackHook(pack, damaged)).toThrow(/private key does not belong to its public key/);
  });
});
