import { join } from 'node:path';
import { z } from 'zod';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { parseJson } from '../../shared/json/parse-json';
import { fingerprint, generateKeyPair, parseKeyFile, privateKeyFile, privateKeyFileName, PUBLIC_KEY_SUFFIX, publicKeyFile } from '../../shared/pack/signature/keys';
import type { PrivateKeyFile } from '../../shared/pack/signature/keys';
import { createJsonFileStore } from './json-file-store';
import { unprotectedReasonInEnglish, type SecretBox } from './secret-box';

export type SigningKeyHandlers = Pick<HostHandlers, 'keys:listSigning' | 'keys:rememberSigning' | 'keys:forgetSigning' | 'keys:createSigning' | 'keys:publicKey'>;

/** The file, in the app's data folder, holding the user's signing keys, sealed. */
export const SIGNING_KEYS_FILE = 'signing-keys.json';

const storedKeySchema = z
  .object({
    fingerprint: z.string(),
    author: z.string(),
    /** The private key file's text, sealed by the OS keychain when `protected`. */
    sealed: z.object({ protected: z.boolean(), data: z.string().min(1) }).strict(),
    addedAt: z.string(),
  })
  .strict();
const signingKeysFileSchema = z.object({ format: z.literal('flowpack.signing-keys'), version: z.literal(1), keys: z.array(storedKeySchema) }).strict();

/** A private key file's text as a key that can sign, or INVALID_ARGS saying why not. */
export function privateKeyFromText(text: string): PrivateKeyFile {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new HostError('INVALID_ARGS', `the signing key is not a key file: ${parsed.message}`);
  const key = parseKeyFile(parsed.value);
  if (!key.ok) throw new HostError('INVALID_ARGS', `the signing key cannot be used: ${key.message}`);
  if (key.key.kind !== 'private') throw new HostError('INVALID_ARGS', 'the signing key is a public key file; sign with the private key (the file without .pub)');
  return key.key;
}

/**
 * The user's own signing keys, kept by the app so a pack can be signed without picking the
 * key file each time: `<appDataDir>/signing-keys.json` (0600), each private key sealed with
 * the OS keychain. Where there is none, keeping one needs the user's explicit agreement.
 */
export function createSigningKeys(options: { appDataDir: string; box: SecretBox; clock: () => Date }): SigningKeyHandlers & { privateKey(fingerprint: string): Promise<PrivateKeyFile> } {
  const { box, clock } = options;
  const store = createJsonFileStore({
    file: join(options.appDataDir, SIGNING_KEYS_FILE),
    schema: signingKeysFileSchema,
    empty: () => ({ format: 'flowpack.signing-keys' as const, version: 1 as const, keys: [] }),
    what: 'signing keys',
    mode: 0o600,
  });

  /** Where the OS keychain cannot seal a key, keeping one needs the user's explicit agreement. */
  const refuseUnprotected = (allowUnprotected: boolean) => {
    if (!box.protects && !allowUnprotected) {
      throw new HostError('NOT_SUPPORTED', `the private key would be stored unencrypted (${unprotectedReasonInEnglish(box)}); confirm to keep it anyway`);
    }
  };
  const keep = async (key: PrivateKeyFile, allowUnprotected: boolean) => {
    refuseUnprotected(allowUnprotected);
    const print = fingerprint(key.publicKey);
    const stored = { fingerprint: print, author: key.author, sealed: { protected: box.protects, data: box.seal(JSON.stringify(key)) }, addedAt: clock().toISOString() };
    await store.update((file) => ({ next: { ...file, keys: [...file.keys.filter((other) => other.fingerprint !== print), stored] }, result: undefined }));
    return { fingerprint: print, author: key.author };
  };

  const privateKey = async (print: string): Promise<PrivateKeyFile> => {
    const stored = (await store.read()).keys.find((key) => key.fingerprint === print);
    if (!stored) throw new HostError('NOT_FOUND', 'the app no longer keeps this signing key');
    try {
      if (stored.sealed.protected && !box.protects) throw new Error('no keychain to open it with');
      return privateKeyFromText(stored.sealed.protected ? box.open(stored.sealed.data) : stored.sealed.data);
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError('IO', `the signing key of ${stored.author} cannot be decrypted by this user on this computer; add its key file again`);
    }
  };

  return {
    async 'keys:listSigning'() {
      const keys = (await store.read()).keys.map(({ sealed, ...key }) => ({ ...key, protected: sealed.protected }));
      return { keys, keychain: { protects: box.protects, reason: box.unprotectedReason } };
    },

    async 'keys:rememberSigning'({ text, allowUnprotected }) {
      return keep(privateKeyFromText(text), allowUnprotected);
    },

    async 'keys:createSigning'({ author, allowUnprotected }) {
      // The key file's own rules (length, no control characters) decide what a name may be, as in flowpack keygen.
      const key = privateKeyFile(generateKeyPair(author.trim()));
      const checked = parseKeyFile(key);
      if (!checked.ok) throw new HostError('INVALID_ARGS', checked.message.replace(/^invalid key file: "author" /, 'the name '));
      return keep(key, allowUnprotected);
    },

    async 'keys:forgetSigning'({ fingerprint: print }) {
      await store.update((file) => ({ next: { ...file, keys: file.keys.filter((key) => key.fingerprint !== print) }, result: undefined }));
      return {};
    },

    async 'keys:publicKey'({ fingerprint: print }) {
      const key = await privateKey(print);
      const text = `${JSON.stringify(publicKeyFile(key), null, 2)}\n`;
      return { author: key.author, fingerprint: print, fileName: `${privateKeyFileName(key.author)}${PUBLIC_KEY_SUFFIX}`, text };
    },

    privateKey,
  };
}
