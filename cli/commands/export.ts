import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../shared/format/diagnostic';
import { defaultPackFileName } from '../../shared/pack/export/default-file-name';
import { toConfigure } from '../../shared/format/diagnostic-class';
import { exportPack } from '../../shared/pack/export/export-pack';
import { formatExportReport } from '../../shared/pack/export/format-report';
import { serializePack } from '../../shared/pack/export/serialize-pack';
import { packManifestSchema } from '../../shared/pack/pack-schema';
import type { CheckedDocument, FileReport } from '../check-document';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { readExportInputs, readWorkspaceFlows } from '../export-inputs';
import { formatProblem, testsBeside } from '../flow-test-inputs';
import { writeOutputFile } from '../output-file';
import { printable } from '../printable';
import { signPackHook } from '../sign-hook';
import { parseSize } from '../size-option';
import { TOOL_VERSION } from '../tool-version';
import { formatHumanReport, sortByPosition } from '../validate-report';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack export` returns, printed in its help. */
export const EXPORT_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'written'],
  [EXIT_CODES.errors, 'export refused (the diagnostics say why; nothing written)'],
  [EXIT_CODES.failure, 'a usage error, a file could not be read, or the pack could not be written'],
];

export const EXPORT_HELP = `Usage: flowpack export <flow file or folder>... [-o <file>] [--name <pack name>]
                      [--description <text>] [--author <name>] [--keep <value>]...
                      [--sign <key>] [--force]

Bundles flows into a template pack (*.flowpack) that leaks nothing of your organisation:
the export rules of the flows' platform are applied (users, contacts, attachments and
secrets removed, tags kept by name, email automations deactivated ...), secrets are
removed wherever they are written (API keys and tokens by their form, credentials and
tokens in URLs, members named like secrets), and so is personal data (e-mail addresses,
phone numbers, user and contact references). The sanitisation report, every value
removed or changed (never the value itself), and the values kept on purpose are printed
before the pack is written. Folders are searched for *.flow.json files; "-" reads a flow
from standard input. A contact-center flow that
calls a reusable flow brings it along from its workspace (the folder with
flowpack.workspace.json above it, else the flow's own folder). Each flow's tests (the
*.flowtest.json file beside it) travel in the pack, their texts sanitised like the flows'.

Options:
  -o, --output <file>  Where to write the pack; a folder gets the default name. Default:
                       "<pack name> <YYYY-MM-DD HHmm>.flowpack" in the current folder
  --name <name>        The pack's name; default: the flow's name for one flow, the
                       folder's name for one folder
  --description <text> The pack's description
  --author <name>      The pack's author
  --keep <value>       Keep this e-mail address, phone number, or user or contact (by id
                       or name) where the flows hold it, e.g. a support address in a
                       message; repeat for more. The pack's manifest lists it as kept on
                       purpose. Secrets are never kept
  --sign <key>         Sign the pack with this private key file (flowpack keygen)
  --force              Replace an existing output file
  --max-size <size>    Refuse larger flow files without reading them. Default: 10MB
  --json               Print one JSON document in place of the report: {path, name,
                       profile, flows: [{id, name, dependency}], sanitisation: [item],
                       kept: [item], signed, toConfigure: <count>}; the items are the
                       pack manifest's own (never a removed value); a refusal's
                       diagnostics stay on stderr
  -h, --help           Show this help

${formatExitStatus(EXPORT_EXIT_STATUS)}`;

/** The options `flowpack export` parses; completion offers the same. */
export const EXPORT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  name: { type: 'string' },
  description: { type: 'string' },
  author: { type: 'string' },
  keep: { type: 'string', multiple: true },
  sign: { type: 'string' },
  force: { type: 'boolean' },
  'max-size': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack export`: sanitises flows into a pack, shows what changed, then writes it. */
export async function runExportCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: EXPORT_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(EXPORT_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length === 0) throw new UsageError('export needs at least one flow file or folder', 'export');
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === undefined) throw new UsageError(`--max-size: "${values['max-size']}" is not a size (e.g. 500KB, 10MB)`, 'export');
  checkManifestOption('name', values.name);
  checkManifestOption('description', values.description);
  checkManifestOption('author', values.author);

  const inputs = readExportInputs(positionals, maxBytes);
  if (inputs.problems.length > 0) {
    for (const report of inputs.problems) sortByPosition(report.diagnostics);
    output.stderr(formatHumanReport(inputs.problems));
    output.stderr('flowpack: export stopped: the files above cannot be used; nothing was written\n');
    return inputs.problems.some((report) => report.unreadable) ? EXIT_CODES.failure : EXIT_CODES.errors;
  }
  if (inputs.documents.length === 0) throw new CommandError('no *.flow.json files found; nothing was written');
  const flows = inputs.documents.map((document) => document.flow!);
  const name = values.name ?? defaultName(flows.map((flow) => flow.name), inputs.folders);
  const now = new Date();
  const target = outputPath(values.output, name, now);
  if (!values.force && existsSync(target)) throw new CommandError(`${target}: already exists; use --force to replace it`);

  const workspace = readWorkspaceFlows(positionals, maxBytes);
  const tests = testsBeside([...inputs.documents, ...workspace.documents], maxBytes);
  const result = exportPack(flows, {
    name,
    description: values.description,
    author: values.author,
    now,
    generator: `flowpack-studio/${TOOL_VERSION}`,
    workspaceFlows: workspace.flows,
    keep: values.keep ?? [],
    testsOf: tests.of,
  });
  if (tests.problems.length > 0) {
    for (const problem of tests.problems) output.stderr(`${formatProblem(problem)}\n`);
    output.stderr('flowpack: export stopped: the test files above cannot be used; nothing was written\n');
    return EXIT_CODES.failure;
  }
  if (!result.pack) {
    output.stderr(formatHumanReport(placeDiagnostics(result.diagnostics, [...inputs.documents, ...workspace.documents])));
    output.stderr('flowpack: export refused; nothing was written\n');
    return EXIT_CODES.errors;
  }
  if (!values.json) output.stdout(formatExportReport(result.report).split('\n').map(printable).join('\n'));

  // Signing comes last: any change after it would make the pack read as tampered.
  const pack = values.sign === undefined ? result.pack : signPackHook(result.pack, values.sign);
  // Never truncated in place: with --force the old pack stays whole until the new one replaces it.
  await writeOutputFile(target, serializePack(pack), { replace: values.force === true });
  // Incomplete flows are exported, as the platforms export a flow in any state; the recipient finishes them after import.
  const unfinished = toConfigure(result.diagnostics).length;
  if (values.json) {
    const { manifest } = pack;
    const flows = result.report.flows.map(({ id, name, dependency }) => ({ id, name, dependency }));
    const summary = { path: target, name: manifest.name, profile: result.report.profile ?? null, flows, sanitisation: manifest.sanitisation, kept: manifest.kept ?? [], signed: pack.signature !== undefined, toConfigure: unfinished };
    output.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  const changes = result.report.items.length;
  const signed = pack.signature ? ', signed' : '';
  const kept = result.report.kept.length === 0 ? '' : `, ${result.report.kept.length} kept on purpose`;
  output.stdout(`Wrote ${printable(target)} (${pack.flows.length} flow${pack.flows.length === 1 ? '' : 's'}, ${changes} change${changes === 1 ? '' : 's'}${kept}${signed})\n`);
  if (unfinished > 0) {
    output.stdout(`${unfinished} item${unfinished === 1 ? '' : 's'} to configure after import (placeholders, required fields left empty); flowpack validate ${printable(target)} lists them\n`);
  }
  return EXIT_CODES.ok;
}

function checkManifestOption(option: 'name' | 'description' | 'author', value: string | undefined): void {
  if (value === undefined) return;
  if (!packManifestSchema.shape[option].safeParse(value).success) {
    const limits = { name: '1 to 200', description: 'at most 10,000', author: 'at most 200' };
    throw new UsageError(`--${option} must be ${limits[option]} characters long`, 'export');
  }
}

/** One flow: its name; one folder: the folder's name. Several of either need --name. */
function defaultName(flowNames: readonly string[], folders: readonly string[]): string {
  if (flowNames.length === 1) return flowNames[0]!;
  if (folders.length === 1) {
    const folderName = basename(resolve(folders[0]!));
    if (folderName !== '' && folderName.length <= 200) return folderName;
  }
  throw new UsageError('--name is needed to name a pack of several flows', 'export');
}

function outputPath(option: string | undefined, name: string, now: Date): string {
  const fileName = defaultPackFileName(name, now);
  if (option === undefined) return fileName;
  try {
    if (statSync(option).isDirectory()) return join(option, fileName);
  } catch {
    // Not there yet: it names the file to create.
  }
  return option;
}

/** Export's diagnostics placed in the files their flows came from (line, column, node name). */
function placeDiagnostics(diagnostics: readonly Diagnostic[], documents: readonly CheckedDocument[]): FileReport[] {
  const byFlowId = new Map<string, CheckedDocument>();
  for (const document of documents) if (!byFlowId.has(document.flow!.id)) byFlowId.set(document.flow!.id, document);
  const reports = new Map<string, FileReport>();
  for (const d of diagnostics) {
    const document = d.flowId === undefined ? undefined : byFlowId.get(d.flowId);
    const path = document?.report.path ?? '(pack)';
    let report = reports.get(path);
    if (!report) reports.set(path, (report = { path, diagnostics: [], unreadable: false }));
    report.diagnostics.push(document ? document.place(d) : { severity: d.severity, code: d.code, message: d.message });
  }
  for (const report of reports.values()) sortByPosition(report.diagnostics);
  return [...reports.values()];
}

export const exportCommand: CommandDefinition = { run: runExportCommand, options: EXPORT_OPTIONS, exitStatus: EXPORT_EXIT_STATUS };
