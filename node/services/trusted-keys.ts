import { join } from 'node:path';
import { z } from 'zod';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { trustedKeySchema } from '../../shared/host/pack-calls';
import type { TrustedKeyEntry } from '../../shared/host/pack-calls';
import { decodeBase64, encodeBase64 } from '../../shared/pack/signature/base64';
import { fingerprint, sameFingerprint } from '../../shared/pack/signature/keys';
import { createJsonFileStore } from './json-file-store';

export type TrustedKeyHandlers = Pick<HostHandlers, 'keys:listTrusted' | 'keys:trust' | 'keys:forget' | 'keys:setPolicy'>;

/** The file, in the app's data folder, that remembers the keys the user trusts. */
export const TRUSTED_KEYS_FILE = 'trusted-keys.json';

const trustedKeysFileSchema = z.object({
  format: z.literal('flowpack.trusted-keys'),
  version: z.literal(1),
  keys: z.array(trustedKeySchema),
  /** The policy "require a signature from a trusted key"; absent in files written before it existed (off). */
  requireTrusted: z.boolean().optional(),
});

/**
 * The signing keys the user trusts, remembered across workspaces in
 * `<appDataDir>/trusted-keys.json`: a pack signed by one of them opens as `valid` with its
 * author; any other correct signature is `untrusted`. Public keys only: nothing secret here.
 */
export function createTrustedKeyHandlers(
  appDataDir: string,
  clock: () => Date,
): TrustedKeyHandlers & { trustedKeys(): Promise<TrustedKeyEntry[]>; requiresTrusted(): Promise<boolean> } {
  const store = createJsonFileStore({
    file: join(appDataDir, TRUSTED_KEYS_FILE),
    schema: trustedKeysFileSchema,
    empty: () => ({ format: 'flowpack.trusted-keys' as const, version: 1 as const, keys: [] }),
    what: 'trusted keys',
  });
  const readTrustedKeys = async () => (await store.read()).keys;
  const update = (change: (keys: TrustedKeyEntry[]) => TrustedKeyEntry[]) => store.update((file) => ({ next: { ...file, keys: change(file.keys) }, result: undefined }));

  return {
    trustedKeys: readTrustedKeys,
    requiresTrusted: async () => (await store.read()).requireTrusted === true,

    async 'keys:listTrusted'() {
      const file = await store.read();
      return { keys: file.keys, requireTrusted: file.requireTrusted === true };
    },

    async 'keys:trust'({ author, publicKey, confirmedFingerprint }) {
      const bytes = decodeBase64(publicKey);
      if (bytes?.length !== 32) throw new HostError('INVALID_ARGS', 'not an Ed25519 public key (32 bytes of base64)');
      const print = fingerprint(bytes);
      // As SSH and PGP tools do: a key is trusted only after the user compared its fingerprint with the one its author gave them.
      if (!sameFingerprint(confirmedFingerprint, print)) {
        throw new HostError('INVALID_ARGS', `the fingerprint compared (${confirmedFingerprint.trim()}) is not this key's (${print}); the key was not trusted`);
      }
      const entry = { author: author.trim(), publicKey: encodeBase64(bytes), fingerprint: print, addedAt: clock().toISOString() };
      await update((keys) => (keys.some((key) => key.fingerprint === print) ? keys : [...keys, entry]));
      return { fingerprint: print };
    },

    async 'keys:forget'({ fingerprint: print }) {
      await update((keys) => keys.filter((key) => key.fingerprint !== print));
      return {};
    },

    async 'keys:setPolicy'({ requireTrusted }) {
      await store.update((file) => ({ next: { ...file, requireTrusted }, result: undefined }));
      return {};
    },
  };
}
