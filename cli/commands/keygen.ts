import { unlinkSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateKeyPair, parseKeyFile, privateKeyFile, privateKeyFileName, PUBLIC_KEY_SUFFIX, publicKeyFile } from '../../shared/pack/signature/keys';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeOutputFile } from '../output-file';
import { printable } from '../printable';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack keygen` returns, printed in its help. */
export const KEYGEN_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'written'],
  [EXIT_CODES.failure, 'a usage error or a file could not be written (nothing is left behind)'],
];

export const KEYGEN_HELP = `Usage: flowpack keygen --name <author> [-o <file>]

Creates an Ed25519 key pair for signing packs (flowpack export --sign <file>).
Writes two files and never replaces an existing one:
  <file>      the private key, readable only by you (mode 0600). Keep it secret.
  <file>.pub  the public key: give it to those who open your packs
              (flowpack inspect --trust <file>.pub).

Options:
  --name <author>   Who signs: shown beside the key's fingerprint (1-200 characters)
  -o, --output <file>
                    Where to write the private key. Default: the name in lower case
                    with dashes, plus .key (e.g. ada-lovelace.key)
  --json            Print one JSON document: {privateKey: path, publicKey: path, author,
                    fingerprint}
  -h, --help        Show this help

${formatExitStatus(KEYGEN_EXIT_STATUS)}`;

/** The options `flowpack keygen` parses; completion offers the same. */
export const KEYGEN_OPTIONS = { name: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack keygen`: writes a new private key file and its public key file. */
export async function runKeygenCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: KEYGEN_OPTIONS,
    strict: true,
  });
  if (values.help) {
    output.stdout(KEYGEN_HELP);
    return EXIT_CODES.ok;
  }
  if (values.name === undefined) throw new UsageError('keygen needs --name <author>', 'keygen');
  const pair = generateKeyPair(values.name.trim());
  const privateFile = privateKeyFile(pair);
  // The key file's own rules (length, no control characters) decide what a name may be.
  const checked = parseKeyFile(privateFile);
  if (!checked.ok) throw new UsageError(`--name: ${checked.message.replace(/^invalid key file: "author" /, 'the name ')}`, 'keygen');

  const privatePath = values.output ?? privateKeyFileName(pair.author);
  const publicPath = `${privatePath}${PUBLIC_KEY_SUFFIX}`;
  await writeNew(privatePath, privateFile, 0o600);
  try {
    await writeNew(publicPath, publicKeyFile(pair), 0o644);
  } catch (error) {
    unlinkSync(privatePath); // half a pair is no use, and a stray private key is a risk
    throw error;
  }
  if (values.json) {
    output.stdout(`${JSON.stringify({ privateKey: privatePath, publicKey: publicPath, author: pair.author, fingerprint: pair.fingerprint }, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  output.stdout(
    `Private key: ${printable(privatePath)} (keep it secret)\n` +
      `Public key:  ${printable(publicPath)} (share it with those who verify your packs)\n` +
      `Author:      ${printable(pair.author)}\n` +
      `Fingerprint: ${pair.fingerprint}\n` +
      // Those who trust the key compare this with what their tool shows (the app asks them to type it in).
      'Tell those who open your packs this fingerprint yourself, not in the message that brings the pack.\n',
  );
  return EXIT_CODES.ok;
}

/** A key file, never over an existing one; its temporary file is owner-only from creation, so a private key is never readable by others. */
function writeNew(path: string, value: object, mode: number): Promise<void> {
  return writeOutputFile(path, `${JSON.stringify(value, null, 2)}\n`, { replace: false, mode, taken: 'keygen never replaces a key (choose another file with -o)' });
}

export const keygenCommand: CommandDefinition = { run: runKeygenCommand, options: KEYGEN_OPTIONS, exitStatus: KEYGEN_EXIT_STATUS };
