import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { decodeBase64, encodeBase64 } from './base64';

/** The `format` marker of a key file. */
export const KEY_FORMAT = 'flowpack.key';
export const KEY_VERSION = 1;

/** Ed25519 public keys and private keys (seeds) are 32 bytes. */
const KEY_BYTES = 32;

const keyText = z.string().refine((text) => decodeBase64(text)?.length === KEY_BYTES, {
  error: `must be ${KEY_BYTES} bytes in base64`,
});
const authorText = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200)
  // The author is printed in terminals and dialogs: no control characters.
  .refine((text) => !/\p{Cc}/u.test(text), { error: 'must not contain control characters' });

const keyFileHeader = { format: z.literal(KEY_FORMAT), version: z.literal(KEY_VERSION) };

/** A public key file's name is its private key file's with this added: `ada-lovelace.key.pub`. */
export const PUBLIC_KEY_SUFFIX = '.pub';

/** A public key file (`*.pub`): whom a signature comes from. Safe to share. */
export const publicKeyFileSchema = z.object({ ...keyFileHeader, kind: z.literal('public'), author: authorText, publicKey: keyText }).strict();
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/** A private key file: signs packs. Written with mode 0600 and never shared. */
export const privateKeyFileSchema = z
  .object({ ...keyFileHeader, kind: z.literal('private'), author: authorText, publicKey: keyText, privateKey: keyText })
  .strict();
export type PrivateKeyFile = z.infer<typeof privateKeyFileSchema>;

export const keyFileSchema = z.discriminatedUnion('kind', [publicKeyFileSchema, privateKeyFileSchema]);
export type KeyFile = z.infer<typeof keyFileSchema>;

/** A new key pair: base64 keys and the public key's {@link fingerprint}. */
export interface KeyPair {
  author: string;
  /** The 32-byte Ed25519 seed, base64. */
  privateKey: string;
  publicKey: string;
  fingerprint: string;
}

/**
 * Creates an Ed25519 key pair for `author`.
 *
 * @param seed - 32 bytes to derive the key from; random (from the platform's secure
 *   generator) when omitted. Only tests pass one.
 */
export function generateKeyPair(author: string, seed?: Uint8Array): KeyPair {
  const { secretKey, publicKey } = ed25519.keygen(seed);
  const publicText = encodeBase64(publicKey);
  return { author, privateKey: encodeBase64(secretKey), publicKey: publicText, fingerprint: fingerprint(publicText) };
}

/**
 * A short, stable name for a public key that people can compare by eye: the first 16 bytes
 * of the SHA-256 of the 32 key bytes, in hex, in groups of four (`3f2a:91c0:...`, 8 groups).
 *
 * @throws When `publicKey` is not 32 bytes (base64 text that does not decode to them).
 */
export function fingerprint(publicKey: string | Uint8Array): string {
  const bytes = typeof publicKey === 'string' ? decodeBase64(publicKey) : publicKey;
  if (bytes?.length !== KEY_BYTES) throw new Error(`a public key is ${KEY_BYTES} bytes`);
  return bytesToHex(sha256(bytes).subarray(0, 16)).match(/.{4}/g)!.join(':');
}

/**
 * Whether a fingerprint a person typed or pasted is `expected`: spaces, colons and letter case
 * aside, as people copy them from a message, a slide or a phone call; every digit counts.
 */
export function sameFingerprint(typed: string, expected: string): boolean {
  const digits = (text: string) => text.toLowerCase().replace(/[\s:]/g, '');
  return digits(typed) === digits(expected);
}

/** The private key file of a pair, as written by `flowpack keygen`. */
export function privateKeyFile(pair: KeyPair): PrivateKeyFile {
  return { format: KEY_FORMAT, version: KEY_VERSION, kind: 'private', author: pair.author, publicKey: pair.publicKey, privateKey: pair.privateKey };
}

/** The public key file of a pair (or of a private key file), safe to give to those who verify. */
export function publicKeyFile(key: { author: string; publicKey: string }): PublicKeyFile {
  return { format: KEY_FORMAT, version: KEY_VERSION, kind: 'public', author: key.author, publicKey: key.publicKey };
}

/**
 * The name `flowpack keygen` gives a private key file, from its author: `Ada Lovelace` ->
 * `ada-lovelace.key` (its public key file adds `.pub`); a name with no letters or digits
 * gives `flowpack.key`. The app names an exported public key the same way.
 */
export function privateKeyFileName(author: string): string {
  const slug = author
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, so Renée gives renee
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'flowpack'}.key`;
}

/** A key file that was read, or why it was refused (one sentence). */
export type ParsedKeyFile = { ok: true; key: KeyFile } | { ok: false; message: string };

/**
 * Reads a key file's JSON value. Refuses anything else with one clear message: another
 * kind of document, a newer version, a malformed field, and a private key that does not
 * belong to the public key beside it (a damaged or hand-edited file would otherwise sign
 * packs that no one can verify against the published key).
 */
export function parseKeyFile(value: unknown): ParsedKeyFile {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (record?.format !== KEY_FORMAT) return { ok: false, message: 'not a flowpack key file (its "format" is not "flowpack.key")' };
  if (typeof record.version === 'number' && record.version > KEY_VERSION) {
    return { ok: false, message: `key file version ${record.version} is newer than this tool reads (${KEY_VERSION}); update Flowpack Studio` };
  }
  const parsed = keyFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
    return { ok: false, message: `invalid key file: ${where}${issue.message}` };
  }
  const key = parsed.data;
  if (key.kind === 'private' && encodeBase64(ed25519.getPublicKey(decodeBase64(key.privateKey)!)) !== key.publicKey) {
    return { ok: false, message: 'invalid key file: the private key does not belong to its public key' };
  }
  return { ok: true, key };
}
