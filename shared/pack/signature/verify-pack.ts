import { ed25519 } from '@noble/curves/ed25519.js';
import type { z } from 'zod';
import { packSignatureSchema } from '../pack-schema';
import type { claimsTrustedAuthorSchema } from './claimed-author';
import { decodeBase64, encodeBase64 } from './base64';
import { fingerprint } from './keys';
import { signingBytes } from './signing-bytes';

/** A key the user trusts: a public key file, or anything with its author and base64 key. */
export interface TrustedKey {
  author: string;
  publicKey: string;
}

/**
 * What a pack's signature says about it.
 * - `unsigned`: no signature; nothing is claimed (a neutral note, not an error).
 * - `valid`: the signature covers the content and the key is one the user trusts.
 * - `untrusted`: the signature covers the content, but the key is not among the trusted ones.
 * - `tampered`: the content was changed after signing, or the signature is malformed.
 */
export type SignatureStatus = 'unsigned' | 'valid' | 'untrusted' | 'tampered';

export interface SignatureCheck {
  status: SignatureStatus;
  /**
   * Who signed: the trusted key's author when `valid`; when `untrusted`, the manifest's
   * author, which only the key's holder can have written but no one has vouched for.
   */
  author?: string;
  /** The {@link fingerprint} of the signing key, when it is a well-formed key. */
  fingerprint?: string;
  /** Why a pack is `tampered`, one sentence. */
  reason?: string;
  /**
   * Set when the manifest names as its author someone whose key the user trusts, but that key
   * did not sign the pack (it is unsigned, or signed by another key): whom it claims to be and
   * the fingerprints of the trusted keys of that name. An impostor, or a pack whose signature
   * was removed, looks exactly like this.
   */
  claimsTrustedAuthor?: z.infer<typeof claimsTrustedAuthorSchema>;
}

/**
 * Checks a pack's signature against its content and the keys the user trusts.
 *
 * @param pack - The pack's JSON value as read from the file. Pass the parsed JSON, not a
 *   schema-parsed copy: defaults the schema fills in were not part of what was signed.
 * @param trustedKeys - Keys whose signatures count as `valid`; none by default.
 *
 * @remarks
 * Ed25519 mixes the public key into what it signs, so putting another key beside the
 * signature (key substitution) makes it fail, as does moving a signature to another pack.
 * Verification is strict RFC 8032 (no ZIP-215 leniency), so one pack and key admit one
 * signature encoding.
 */
export function verifyPack(pack: object, trustedKeys: readonly TrustedKey[] = []): SignatureCheck {
  const raw = (pack as { signature?: unknown }).signature;
  if (raw === undefined) return withClaimedAuthor({ status: 'unsigned' }, pack, trustedKeys);
  const parsed = packSignatureSchema.safeParse(raw);
  if (!parsed.success) return tampered('the signature field is malformed');
  const publicKey = decodeBase64(parsed.data.publicKey);
  if (publicKey?.length !== 32) return tampered('the signature names a public key that is not 32 bytes of base64');
  const keyPrint = fingerprint(publicKey);
  const value = decodeBase64(parsed.data.value);
  if (value?.length !== 64) return tampered('the signature value is not 64 bytes of base64', keyPrint);
  let verified: boolean;
  try {
    verified = ed25519.verify(value, signingBytes(pack), publicKey, { zip215: false });
  } catch {
    verified = false; // a public key that is not a curve point
  }
  if (!verified) return tampered('the signature does not match the content: the pack was changed after it was signed', keyPrint);

  const keyText = encodeBase64(publicKey);
  const trusted = trustedKeys.find((key) => canonicalKey(key.publicKey) === keyText);
  if (trusted) return { status: 'valid', author: trusted.author, fingerprint: keyPrint };
  const claimed = claimedAuthor(pack);
  const check: SignatureCheck = claimed !== undefined ? { status: 'untrusted', author: claimed, fingerprint: keyPrint } : { status: 'untrusted', fingerprint: keyPrint };
  return withClaimedAuthor(check, pack, trustedKeys);
}

function claimedAuthor(pack: object): string | undefined {
  const claimed = (pack as { manifest?: { author?: unknown } }).manifest?.author;
  return typeof claimed === 'string' && claimed.trim() !== '' ? claimed : undefined;
}

/**
 * Names are compared as people read them (trimmed, case and Unicode spelling folded): an
 * impostor writing "ada lovelace" for "Ada Lovelace" must still be caught.
 */
const foldedName = (name: string) => name.normalize('NFKC').trim().toLocaleLowerCase('en');

function withClaimedAuthor(check: SignatureCheck, pack: object, trustedKeys: readonly TrustedKey[]): SignatureCheck {
  const claimed = claimedAuthor(pack);
  if (claimed === undefined) return check;
  const named = trustedKeys.filter((key) => foldedName(key.author) === foldedName(claimed)).flatMap((key) => {
    const bytes = decodeBase64(key.publicKey);
    return bytes?.length === 32 ? [fingerprint(bytes)] : [];
  });
  return named.length === 0 ? check : { ...check, claimsTrustedAuthor: { author: claimed, trustedFingerprints: [...new Set(named)] } };
}

function tampered(reason: string, keyPrint?: string): SignatureCheck {
  return keyPrint === undefined ? { status: 'tampered', reason } : { status: 'tampered', fingerprint: keyPrint, reason };
}

/** Trusted keys come from files; compare the bytes, not the spelling. */
function canonicalKey(text: string): string | undefined {
  const bytes = decodeBase64(text);
  return bytes === undefined ? undefined : encodeBase64(bytes);
}
