import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeFlow } from '../../shared/format/flow-file';
import { serializeFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowFileName, slugify } from '../../shared/host/flow-file-stem';
import { parseJson } from '../../shared/json/parse-json';
import { loadPack } from '../../shared/pack/load-pack';
import { claimedAuthorWarning } from '../../shared/pack/signature/signature-policy';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeFileAtomic } from '../../node/services/atomic-write';
import { describeFileError, hasErrorCode } from '../file-errors';
import { readTrustedKeys, TRUSTED_KEYS_DIR_VARIABLE } from '../key-file';
import { printable, quoted } from '../printable';
import { readDocumentFile } from '../read-document';
import { testPathBeside } from '../flow-test-inputs';
import { refusedBySignaturePolicy, REQUIRE_SIGNATURE_OPTION, requireSignatureHelp, requiresSignature } from '../signature-policy';
import { parseSize } from '../size-option';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack unpack` returns, printed in its help. */
export const UNPACK_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'written'],
  [EXIT_CODES.errors, 'the pack is tampered, is refused by --require-signature, or a flow in it is not a readable flow (nothing written)'],
  [EXIT_CODES.failure, 'a usage error, or a file could not be read or written'],
];

export const UNPACK_HELP = `Usage: flowpack unpack [--force] [--require-signature] [--trust <file.pub>]...
                      [--max-size <size>] <pack> <folder>

Writes each flow of a pack as its own file, <folder>/<flow name>.flow.json, in canonical
form, with the tests the pack carries for it beside it (<flow name>.flowtest.json). The
folder is created if needed. An existing flow file is never replaced: the new file gets a
free name (<name>-2.flow.json). Flows keep their ids. <pack> "-" reads the pack from
standard input.

A pack whose signature does not match its content (tampered) is refused unless --force
is given. With --require-signature, only a pack signed by a trusted key is unpacked.
Trusted keys are the --trust files plus every *.pub file in the folder named by
$${TRUSTED_KEYS_DIR_VARIABLE}. A pack that claims the author of a trusted key but is
not signed by that key is named in a warning.

Sanitised packs may hold placeholders to choose (a task's assignee, a post's author);
they are written as they are, for the editor to finish.

Options:
  --force              Unpack a tampered pack anyway
${requireSignatureHelp(23)}
  --trust <file>       A public key file to trust; repeat for more
  --max-size <size>    Refuse larger packs without reading them. Default: 10MB
  --json               Print one JSON document: {flows: [{path, id, name, tests: path or
                       null}], findings: <errors to finish in the editor>}; warnings and
                       refusals stay on stderr
  -h, --help           Show this help

${formatExitStatus(UNPACK_EXIT_STATUS)}`;

/** The options `flowpack unpack` parses; completion offers the same. */
export const UNPACK_OPTIONS = {
  force: { type: 'boolean' },
  ...REQUIRE_SIGNATURE_OPTION,
  trust: { type: 'string', multiple: true },
  'max-size': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack unpack`: writes a pack's flows as flow files in a folder. */
export async function runUnpackCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: UNPACK_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(UNPACK_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 2) throw new UsageError('unpack needs a pack file and a folder', 'unpack');
  const [packPath, folder] = positionals as [string, string];
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === undefined) throw new UsageError(`--max-size: "${values['max-size']}" is not a size (e.g. 500KB, 10MB)`, 'unpack');

  const read = readDocumentFile(packPath, maxBytes);
  if (!read.ok) throw new CommandError(`${packPath}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) throw new CommandError(`${packPath}: not a pack: ${parsed.message}`);
  const loaded = loadPack(parsed.value);
  if (!loaded.pack) {
    const first = loaded.diagnostics[0];
    throw new CommandError(`${packPath}: not a pack: ${first ? first.message : 'unknown structure'}`);
  }
  const trusted = readTrustedKeys(values.trust ?? [], process.env, (line) => output.stderr(`flowpack: warning: ${line}\n`));
  const signature = verifyPack(parsed.value as object, trusted);
  const warning = claimedAuthorWarning(signature);
  if (warning !== null) output.stderr(`flowpack: warning: ${printable(packPath)}: ${printable(warning)}\n`);
  if (refusedBySignaturePolicy(packPath, signature, requiresSignature(values['require-signature'], process.env), 'nothing was written', output)) return EXIT_CODES.errors;
  if (signature.status === 'tampered' && !values.force) {
    output.stderr(`flowpack: ${printable(packPath)}: TAMPERED: ${printable(signature.reason ?? 'the signature does not match')}; nothing was written (--force unpacks it anyway)\n`);
    return EXIT_CODES.errors;
  }
  const unreadable = loaded.pack.flows.map((_flow, index) => index).filter((index) => !loaded.flows.some((entry) => entry.index === index));
  if (unreadable.length > 0) {
    const which = unreadable.map((index) => `#${index + 1}`).join(', ');
    output.stderr(`flowpack: ${printable(packPath)}: flow ${which} is not a readable flow (run flowpack validate on the pack); nothing was written\n`);
    return EXIT_CODES.errors;
  }

  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new CommandError(`${folder}: cannot create the folder: ${describeFileError(error)}`);
  }
  if (signature.status === 'tampered') output.stderr(`flowpack: warning: ${printable(packPath)} is TAMPERED; unpacked because of --force\n`);
  const used = new Set<string>();
  const written: { path: string; id: string; name: string; tests: string | null }[] = [];
  // With --json the one document is the whole of stdout, so the per-file lines stay quiet.
  const lines: CliOutput = values.json ? { stdout: () => undefined, stderr: output.stderr } : output;
  for (const { flow } of loaded.flows) {
    const path = await writeNewFile(folder, slugify(flow.name), serializeFlow(flow), used);
    lines.stdout(`Wrote ${printable(path)} (${quoted(flow.name)}, id ${flow.id})\n`);
    const tests = loaded.pack.tests?.find((file) => file.flow === flow.id);
    const testPath = tests ? await writeTestsBeside(path, serializeFlowTestFile(tests), lines) : null;
    written.push({ path, id: flow.id, name: flow.name, tests: testPath });
  }
  const findings = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (values.json) {
    output.stdout(`${JSON.stringify({ flows: written, findings }, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  if (findings > 0) output.stdout(`${findings} finding${findings === 1 ? '' : 's'} to finish in the editor (flowpack validate ${printable(folder)})\n`);
  return EXIT_CODES.ok;
}

/** Writes a flow's tests beside its new file, returning its path; a file already there is left as it is, and named. */
async function writeTestsBeside(flowPath: string, text: string, output: CliOutput): Promise<string | null> {
  const testPath = testPathBeside(flowPath);
  try {
    await writeFileAtomic(testPath, text, { exclusive: true, createFolders: false });
    output.stdout(`Wrote ${printable(testPath)} (its tests)\n`);
    return testPath;
  } catch (error) {
    if (!hasErrorCode(error, 'EEXIST')) throw new CommandError(`${testPath}: cannot write: ${describeFileError(error)}`);
    output.stderr(`flowpack: warning: ${printable(testPath)} already exists and was left as it is; the pack's tests of this flow were not written\n`);
    return null;
  }
}

/** Writes `text` to `<slug>.flow.json`, or `<slug>-2.flow.json` and so on: never over an existing file. */
async function writeNewFile(folder: string, slug: string, text: string, used: Set<string>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const path = join(folder, flowFileName(slug, attempt));
    if (used.has(path)) continue;
    try {
      // Exclusive: it fails if the file exists, in the same step that puts it in place.
      await writeFileAtomic(path, text, { exclusive: true, createFolders: false });
      used.add(path);
      return path;
    } catch (error) {
      if (!hasErrorCode(error, 'EEXIST')) throw new CommandError(`${path}: cannot write: ${describeFileError(error)}`);
    }
  }
}

export const unpackCommand: CommandDefinition = { run: runUnpackCommand, options: UNPACK_OPTIONS, exitStatus: UNPACK_EXIT_STATUS };
