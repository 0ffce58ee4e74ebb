import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '../shared/json/parse-json';
import { parseKeyFile, PUBLIC_KEY_SUFFIX } from '../shared/pack/signature/keys';
import type { KeyFile, PrivateKeyFile, PublicKeyFile } from '../shared/pack/signature/keys';
import { CommandError } from './cli-error';
import { describeFileError } from './file-errors';
import { readDocumentFile } from './read-document';

/** Key files are a few hundred bytes; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** Reads and checks a key file, or throws one clear line naming the file. */
export function readKeyFile(path: string): KeyFile {
  const read = readDocumentFile(path, MAX_KEY_FILE_BYTES);
  if (!read.ok) throw new CommandError(`${path}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) throw new CommandError(`${path}: not a key file: ${parsed.message}`);
  const key = parseKeyFile(parsed.value);
  if (!key.ok) throw new CommandError(`${path}: ${key.message}`);
  return key.key;
}

/** Reads a private key file for signing; a public key file is refused with a hint. */
export function readPrivateKeyFile(path: string): PrivateKeyFile {
  const key = readKeyFile(path);
  if (key.kind !== 'private') throw new CommandError(`${path}: is a public key file; signing needs the private key file (the one without .pub)`);
  return key;
}

/** The environment variable naming a folder of trusted public key files (`*.pub`). */
export const TRUSTED_KEYS_DIR_VARIABLE = 'FLOWPACK_TRUSTED_KEYS_DIR';

/**
 * The keys the user trusts: each `--trust` file, then every `*.pub` file in
 * $FLOWPACK_TRUSTED_KEYS_DIR when it is set. Only public keys are taken from a private key
 * file, so trusting one's own key works with either file.
 *
 * @remarks A named file that cannot be used is an error (the user asked for it); so is a
 * folder that cannot be listed. A bad file inside the folder is skipped with a warning, so
 * one stray file does not stop every check.
 */
export function readTrustedKeys(trustFiles: readonly string[], env: NodeJS.ProcessEnv, warn: (line: string) => void): PublicKeyFile[] {
  const keys = trustFiles.map((path) => asPublic(readKeyFile(path)));
  const folder = env[TRUSTED_KEYS_DIR_VARIABLE];
  if (folder === undefined || folder === '') return keys;
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(PUBLIC_KEY_SUFFIX)).sort();
  } catch (error) {
    throw new CommandError(`${TRUSTED_KEYS_DIR_VARIABLE}: ${folder}: ${describeFileError(error)}`);
  }
  for (const name of names) {
    try {
      keys.push(asPublic(readKeyFile(join(folder, name))));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      warn(`${error.message} (skipped)`);
    }
  }
  return keys;
}

function asPublic(key: KeyFile): PublicKeyFile {
  return { format: key.format, version: key.version, kind: 'public', author: key.author, publicKey: key.publicKey };
}
