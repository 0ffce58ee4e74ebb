import { ed25519 } from '@noble/curves/ed25519.js';
import type { Pack } from '../pack-schema';
import { decodeBase64, encodeBase64 } from './base64';
import type { PrivateKeyFile } from './keys';
import { signingBytes } from './signing-bytes';

/**
 * The pack with an Ed25519 signature by `key` over {@link signingBytes} (everything but the
 * signature). A signature the pack already had is replaced, so re-signing is idempotent in
 * effect: the result verifies against `key` alone.
 *
 * @remarks Sign last: any change to the pack afterwards, even by export itself, makes it tampered.
 */
export function signPack(pack: Pack, key: PrivateKeyFile): Pack {
  const { signature: _previous, ...unsigned } = pack;
  const secretKey = decodeBase64(key.privateKey);
  if (secretKey === undefined) throw new Error('the private key is not base64');
  const value = ed25519.sign(signingBytes(unsigned), secretKey);
  return { ...unsigned, signature: { algorithm: 'ed25519', publicKey: key.publicKey, value: encodeBase64(value) } };
}
