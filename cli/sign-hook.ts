import type { Pack } from '../shared/pack/pack-schema';
import { signPack } from '../shared/pack/signature/sign-pack';
import { readPrivateKeyFile } from './key-file';

/**
 * Signs the pack `flowpack export --sign <keyPath>` is about to write, with the private key
 * file `flowpack keygen` wrote.
 *
 * @remarks
 * Call it last, once the pack is final and before anything is written: any later change
 * makes the pack read as tampered. A key that cannot be used (missing, unreadable, a public
 * key file, damaged) throws a `CommandError` naming the file, so export stops with one line
 * and exit 2 and writes nothing.
 */
export function signPackHook(pack: Pack, keyPath: string): Pack {
  return signPack(pack, readPrivateKeyFile(keyPath));
}
