import { describe, expect, it } from 'vitest';
import { packSchema } from '../pack-schema';
import type { Pack } from '../pack-schema';
import { generateKeyPair, privateKeyFile, publicKeyFile } from './keys';
import { signPack } from './sign-pack';
import { claimedAuthorWarning, trustedSignatureRefusal } from './signature-policy';
import { verifyPack } from './verify-pack';

const ADA = generateKeyPair('Ada Lovelace', new Uint8Array(32).fill(1));
const MALLORY = generateKeyPair('Mallory', new Uint8Array(32).fill(2));
const TRUSTED = [publicKeyFile(ADA)];

function packBy(author: string): Pack {
  return packSchema.parse({
    format: 'flowpack.pack',
    version: 1,
    manifest: { name: 'Lead intake', author, profile: 'pipeline', createdAt: '2026-01-15T09:00:00.000Z', generator: 'flowpack-studio/0.1.0' },
    flows: [],
  });
}
const asRead = (pack: object) => JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
const signedByAda = () => asRead(signPack(packBy('Ada Lovelace'), privateKeyFile(ADA)));

describe('the policy "require a signature from a trusted key"', () => {
  it('lets a pack signed by a trusted key through', () => {
    expect(trustedSignatureRefusal(verifyPack(signedByAda(), TRUSTED))).toBeNull();
  });

  it('refuses a signed pack whose signature was removed, saying it is not signed', () => {
    const { signature: _removed, ...stripped } = signedByAda();
    const check = verifyPack(stripped, TRUSTED);
    expect(check.status).toBe('unsigned');
    expect(trustedSignatureRefusal(check)).toMatch(/not signed \(it never was, or its signature was removed\)/);
  });

  it('refuses a pack re-signed with another key, naming that key', () => {
    const forged = asRead(signPack(signedByAda() as Pack, privateKeyFile({ ...MALLORY, author: 'Ada Lovelace' })));
    const check = verifyPack(forged, TRUSTED);
    expect(check.status).toBe('untrusted');
    expect(trustedSignatureRefusal(check)).toBe(`the pack is signed by a key that is not trusted (key ${MALLORY.fingerprint})`);
  });

  it('refuses a tampered pack, saying it was changed after signing', () => {
    const changed = signedByAda();
    (changed.manifest as { name: string }).name = 'Changed';
    expect(trustedSignatureRefusal(verifyPack(changed, TRUSTED))).toMatch(/^the pack was changed after it was signed/);
  });
});

describe('a pack claiming the author of a trusted key without that key\'s signature', () => {
  it('re-signed by another key: the warning says whose key is trusted and which key signed', () => {
    const forged = asRead(signPack(packBy('Ada Lovelace'), privateKeyFile(MALLORY)));
    const check = verifyPack(forged, TRUSTED);
    expect(check.claimsTrustedAuthor).toEqual({ author: 'Ada Lovelace', trustedFingerprints: [ADA.fingerprint] });
    expect(claimedAuthorWarning(check)).toBe(
      `the pack claims to be from "Ada Lovelace", whose trusted key is ${ADA.fingerprint}, but it is signed by another key (${MALLORY.fingerprint})`,
    );
  });

  it('with its signature removed: the warning says it is not signed', () => {
    const { signature: _removed, ...stripped } = signedByAda();
    expect(claimedAuthorWarning(verifyPack(stripped, TRUSTED))).toBe(`the pack claims to be from "Ada Lovelace", whose trusted key is ${ADA.fingerprint}, but it is not signed`);
  });

  it('catches the name written with another case or spacing', () => {
    const forged = asRead(signPack(packBy('  ada LOVELACE '), privateKeyFile(MALLORY)));
    expect(verifyPack(forged, TRUSTED).claimsTrustedAuthor?.trustedFingerprints).toEqual([ADA.fingerprint]);
  });

  it('says nothing for the trusted key itself, or for an author no trusted key is named after', () => {
    expect(claimedAuthorWarning(verifyPack(signedByAda(), TRUSTED))).toBeNull();
    expect(claimedAuthorWarning(verifyPack(asRead(signPack(packBy('Mallory'), privateKeyFile(MALLORY))), TRUSTED))).toBeNull();
    expect(claimedAuthorWarning(verifyPack(asRead(packBy('Bob')), TRUSTED))).toBeNull();
  });
});
