import { createHash, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, generateKeyPair, parseKeyFile, privateKeyFile, publicKeyFile } from './keys';

// RFC 8032 section 7.1, TEST 1: the secret key (seed) and the public key it gives.
const RFC_SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const RFC_PUBLIC = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');

describe('signing keys', () => {
  it('derives the RFC 8032 public key from its seed and names it by the first 16 bytes of its SHA-256', () => {
    const pair = generateKeyPair('Ada Lovelace', Uint8Array.from(RFC_SEED));
    expect(pair.privateKey).toBe(RFC_SEED.toString('base64'));
    expect(pair.publicKey).toBe(RFC_PUBLIC.toString('base64'));
    const digest = createHash('sha256').update(RFC_PUBLIC).digest('hex').slice(0, 32);
    expect(pair.fingerprint).toBe(digest.match(/.{4}/g)!.join(':'));
    expect(pair.fingerprint).toBe('21fe:31df:a154:a261:626b:f854:046f:d227');
  });

  it('makes a different, Node-readable Ed25519 key each time', () => {
    const [first, second] = [generateKeyPair('A'), generateKeyPair('A')];
    expect(first.privateKey).not.toBe(second.privateKey);
    expect(first.fingerprint).not.toBe(second.fingerprint);
    const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(first.publicKey, 'base64')]);
    expect(createPublicKey({ key: der, format: 'der', type: 'spki' }).asymmetricKeyType).toBe('ed25519');
  });

  it('refuses to fingerprint something that is not a 32-byte key', () => {
    expect(() => fingerprint('AQID')).toThrow(/32 bytes/);
  });

  it('reads back the private and public key files it writes', () => {
    const pair = generateKeyPair('Ada Lovelace');
    const privateFile = JSON.parse(JSON.stringify(privateKeyFile(pair))) as unknown;
    const publicFile = JSON.parse(JSON.stringify(publicKeyFile(pair))) as unknown;
    expect(parseKeyFile(privateFile)).toEqual({ ok: true, key: { ...(privateFile as object) } });
    expect(parseKeyFile(publicFile)).toEqual({ ok: true, key: { format: 'flowpack.key', version: 1, kind: 'public', author: 'Ada Lovelace', publicKey: pair.publicKey } });
  });

  it('refuses other documents, newer versions, bad fields and a private key that is not its public key\'s', () => {
    const pair = generateKeyPair('Ada');
    const other = generateKeyPair('Eve');
    const cases: [unknown, RegExp][] = [
      [[], /not a flowpack key file/],
      [{ format: 'flowpack.pack' }, /not a flowpack key file/],
      [{ ...publicKeyFile(pair), version: 2 }, /version 2 is newer/],
      [{ ...publicKeyFile(pair), publicKey: 'AQID' }, /"publicKey" must be 32 bytes in base64/],
      [{ ...publicKeyFile(pair), author: ' ' }, /"author" must not be empty/],
      [{ ...publicKeyFile(pair), author: 'Ada\u001b[31m' }, /"author" must not contain control characters/],
      [{ ...publicKeyFile(pair), extra: true }, /invalid key file/],
      [{ ...privateKeyFile(pair), privateKey: undefined }, /"privateKey"/],
      [{ ...privateKeyFile(pair), privateKey: other.privateKey }, /private key does not belong to its public key/],
    ];
    for (const [value, message] of cases) {
      const parsed = parseKeyFile(value);
      expect(parsed.ok, JSON.stringify(value)).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    }
  });
});
