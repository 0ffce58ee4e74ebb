import { realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFlowSet } from '../../shared/validation/validate-set';
import { checkDocumentFile, unreadableReport } from '../check-document';
import type { CheckedDocument, FileReport } from '../check-document';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { describeFileError } from '../file-errors';
import { findDocuments, isValidatedFileName } from '../find-documents';
import { STDIN_ARGUMENT } from '../read-document';
import { parseSize } from '../size-option';
import { formatHumanReport, formatJsonReport, sortByPosition, validateExitCode } from '../validate-report';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** Files larger than this are refused unless `--max-size` says otherwise. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The codes `flowpack validate` returns, printed in its help. */
export const VALIDATE_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'no errors (warnings and infos allowed)'],
  [EXIT_CODES.errors, 'at least one error in a document'],
  [EXIT_CODES.failure, 'a usage error, or a file could not be read or parsed (the other files are still checked)'],
];

export const VALIDATE_HELP = `Usage: flowpack validate [--json] [--max-size <size>] <path>...

Checks flow files (*.flow.json), packs (*.flowpack), workspace settings files
(flowpack.workspace.json) and folders. Folders are searched recursively for all three,
following symbolic links; node_modules, .git and .flowpack folders are skipped. Flows
found in one folder are also checked together (flows that trigger each other in a loop,
the kind of flow a step calls). Files are only read, never changed. A path "-" reads one
flow or pack from standard input (reported as "-").

Options:
  --json             Print one JSON document instead of lines (see below)
  --max-size <size>  Refuse larger files without reading them: bytes, or a number with
                     KB, MB or GB (1 KB = 1024 bytes), e.g. 500KB. Default: 10MB
  -h, --help         Show this help

Output: one line per finding, then a summary line:
  path:line:column: severity CODE message (node "name" id)
A file that cannot be checked gets one such line too (codes below); positions are left
out where there is none.

With --json, one document:
  {"files":[{"path":"...","diagnostics":[{"severity":"error","code":"...","message":"...",
    "flowId":"...","nodeId":"...","edgeId":"...","line":1,"column":1}]}]}
  Fields a diagnostic has no value for are left out. A file that could not be checked has
  one error diagnostic with one of these codes:
    FILE_UNREADABLE  missing, not a regular file, larger than --max-size, not readable,
                     or a folder loop through symbolic links (reported at the link)
    JSON_INVALID     empty, truncated or invalid JSON, not UTF-8, nested more than 512
                     levels deep, a key named __proto__, constructor or prototype,
                     a key twice in one object, or a top-level value that is not an object
  A pack whose signature does not match its content gets the error PACK_TAMPERED. In a
  pack's flows, what is finished after importing (placeholders, required fields left
  empty, loops) is a warning, "to configure after import"; in a flow file it is an error.

${formatExitStatus(VALIDATE_EXIT_STATUS)}`;

/** The options `flowpack validate` parses; completion offers the same. */
export const VALIDATE_OPTIONS = { json: { type: 'boolean' }, 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack validate`: checks files and folders and prints what it found. */
export function runValidateCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parseArgs({
    args,
    options: VALIDATE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(VALIDATE_HELP);
    return 0;
  }
  const maxBytes = readMaxSize(values['max-size']);
  if (positionals.length === 0) throw new UsageError('validate needs at least one file or folder', 'validate');

  const reports = checkPaths(positionals, maxBytes);
  for (const report of reports) sortByPosition(report.diagnostics);
  if (reports.length === 0) output.stderr('flowpack: no *.flow.json or *.flowpack files found\n');
  output.stdout(values.json ? formatJsonReport(reports) : formatHumanReport(reports));
  return validateExitCode(reports);
}

function readMaxSize(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(text);
  if (bytes === undefined) {
    throw new UsageError(`--max-size: "${text}" is not a size; give bytes or a number with KB, MB or GB (e.g. 500KB, 10MB)`, 'validate');
  }
  return bytes;
}

/** Reports for every document under the paths, in argument order then walk order, each file once. */
function checkPaths(paths: readonly string[], maxBytes: number): FileReport[] {
  const reports: FileReport[] = [];
  const visitedFolders = new Set<string>();
  const checkedFiles = new Set<string>();
  const check = (file: string): CheckedDocument | undefined => {
    const real = realPathOrSelf(file);
    if (checkedFiles.has(real)) return undefined;
    checkedFiles.add(real);
    const checked = checkDocumentFile(file, maxBytes);
    reports.push(checked.report);
    return checked;
  };

  for (const path of paths) {
    if (path === STDIN_ARGUMENT) {
      check(path);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      reports.push(unreadableReport(path, 'FILE_UNREADABLE', describeFileError(error)));
      continue;
    }
    if (!isFolder) {
      check(path);
      continue;
    }
    const found = findDocuments(path, visitedFolders, isValidatedFileName);
    // Named like a document yet a folder with nothing to check: the file the user meant is not there.
    if (found.length === 0 && isValidatedFileName(basename(path))) {
      reports.push(unreadableReport(path, 'FILE_UNREADABLE', 'a folder, not a file, and it holds no *.flow.json or *.flowpack files'));
      continue;
    }
    const workspace: CheckedDocument[] = [];
    for (const entry of found) {
      if (entry.kind === 'problem') reports.push(unreadableReport(entry.path, 'FILE_UNREADABLE', entry.message));
      else {
        const checked = check(entry.path);
        if (checked) workspace.push(checked);
      }
    }
    checkFlowsTogether(workspace);
  }
  return reports;
}

/** The checks only a set of flows can answer, for the flows of one folder. */
function checkFlowsTogether(documents: readonly CheckedDocument[]): void {
  const withFlows = documents.filter((document) => document.flow !== undefined);
  if (withFlows.length === 0) return;
  validateFlowSet(withFlows.map((document) => document.flow!)).forEach((diagnostics, index) => {
    const document = withFlows[index]!;
    document.report.diagnostics.push(...diagnostics.map(document.place));
  });
}

function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // the read reports why
  }
}

export const validateCommand: CommandDefinition = { run: runValidateCommand, options: VALIDATE_OPTIONS, exitStatus: VALIDATE_EXIT_STATUS };
