import { parseArgs } from 'node:util';
import { parseJson } from '../../shared/json/parse-json';
import { loadPack } from '../../shared/pack/load-pack';
import { PACK_FORMAT, PACK_VERSION } from '../../shared/pack/pack-schema';
import type { Pack } from '../../shared/pack/pack-schema';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { buildInspectReport, formatInspectReport } from '../inspect-report';
import { readTrustedKeys, TRUSTED_KEYS_DIR_VARIABLE } from '../key-file';
import { readDocumentFile } from '../read-document';
import { parseSize } from '../size-option';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack inspect` returns, printed in its help. */
export const INSPECT_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'shown'],
  [EXIT_CODES.errors, 'the pack is tampered'],
  [EXIT_CODES.failure, 'a usage error or a file could not be read or is not a pack'],
];

export const INSPECT_HELP = `Usage: flowpack inspect [--json] [--trust <file.pub>]... [--max-size <size>] <pack>

Shows what a pack holds before anyone imports it: the manifest, the flows (name, profile,
kind, number of steps), the entities they need, the signature's status, and what export
removed or changed (the sanitisation summary). The pack is only read; "-" reads it from
standard input.

Signature status:
  signed and valid   the signature covers the content and the key is trusted
  unknown key        the signature covers the content, but no trusted key matches
  TAMPERED           the pack changed after it was signed, or its signature is damaged
  unsigned           no signature
Trusted keys are the --trust files plus every *.pub file in the folder named by
$${TRUSTED_KEYS_DIR_VARIABLE}, when it is set.

Options:
  --json             Print one JSON document: {path, manifest, flows, entities, signature:
                     {status: "valid"|"untrusted"|"tampered"|"unsigned", author, fingerprint,
                     reason}, sanitisation, problems: {errors, warnings}}
  --trust <file>     A public key file (flowpack keygen writes <name>.key.pub) to trust;
                     repeat for more
  --max-size <size>  Refuse larger files without reading them. Default: 10MB
  -h, --help         Show this help

${formatExitStatus(INSPECT_EXIT_STATUS)}`;

/** The options `flowpack inspect` parses; completion offers the same. */
export const INSPECT_OPTIONS = {
  json: { type: 'boolean' },
  trust: { type: 'string', multiple: true },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack inspect`: prints a pack's manifest, flows, signature status and sanitisation summary. */
export function runInspectCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parseArgs({
    args,
    options: INSPECT_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(INSPECT_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 1) throw new UsageError('inspect needs exactly one pack file', 'inspect');
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === undefined) throw new UsageError(`--max-size: "${values['max-size']}" is not a size (e.g. 500KB, 10MB)`, 'inspect');

  const path = positionals[0]!;
  const trusted = readTrustedKeys(values.trust ?? [], process.env, (line) => output.stderr(`flowpack: warning: ${line}\n`));
  const { root, loaded } = readPack(path, maxBytes);
  const report = buildInspectReport(path, loaded, verifyPack(root, trusted));
  output.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatInspectReport(report));
  return report.signature.status === 'tampered' ? EXIT_CODES.errors : EXIT_CODES.ok;
}

/** The pack's JSON as read (what the signature covers) and as loaded, or one line saying why not. */
function readPack(path: string, maxBytes: number) {
  const read = readDocumentFile(path, maxBytes);
  if (!read.ok) throw new CommandError(`${path}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : `:${parsed.line}:${parsed.column}`;
    throw new CommandError(`${path}${where}: not a pack: ${parsed.message}`);
  }
  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root) || (root as { format?: unknown }).format !== PACK_FORMAT) {
    throw new CommandError(`${path}: not a pack (its "format" is not "${PACK_FORMAT}")`);
  }
  const version = (root as { version?: unknown }).version;
  if (typeof version === 'number' && version > PACK_VERSION) {
    throw new CommandError(`${path}: pack version ${version} is newer than this tool reads (${PACK_VERSION}); update Flowpack Studio`);
  }
  const loaded = loadPack(root);
  if (!loaded.pack) throw new CommandError(`${path}: not a valid pack: ${loaded.diagnostics[0]?.message ?? 'unknown structure'}`);
  return { root, loaded: loaded as typeof loaded & { pack: Pack } };
}

export const inspectCommand: CommandDefinition = { run: runInspectCommand, options: INSPECT_OPTIONS, exitStatus: INSPECT_EXIT_STATUS };
