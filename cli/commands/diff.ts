import { parseArgs } from 'node:util';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { NO_FILE, readDiffSide, resolveSide, resolveSides } from '../diff-inputs';
import type { ResolvedSide } from '../diff-inputs';
import { buildDiffReport, formatDiffReport } from '../diff-report';
import { tenantSides } from '../diff-tenant';
import { printable } from '../printable';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom } from '../tenant-access';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack diff` returns, printed in its help. */
export const DIFF_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'no differences (with --git: also when they differ)'],
  [EXIT_CODES.errors, 'they differ'],
  [EXIT_CODES.failure, 'a usage error, a side could not be read or is not a flow or pack, or the tenant lacks the flow or revision, refused or could not be reached'],
];

export const DIFF_HELP = `Usage: flowpack diff [--json] <before> <after>
       flowpack diff [--json] <flow> --tenant <url> [--revision <n>] [--workspace <folder>]
       flowpack diff --git <path> <old-file> <old-hex> <old-mode> <new-file> <new-hex> <new-mode>

Shows what changed from one version of a flow to another, as a person reviews it: the flow's
own fields, steps added, removed and changed (each changed field with its value before and
after, and steps only moved on the canvas), and connections added and removed. Steps are
matched by id; connections by the steps and port they join. The flow's meta (timestamps, the
tool that wrote it) is not a change. The same comparison as the editor's.

Each side is a flow file, a flow inside a pack, - (a flow or pack read from standard input,
for one side), or ${NO_FILE} (no flow: every step reads as added or removed):
  team.flowpack#<id or name>   the pack's flow with that id, else with that name
  team.flowpack                the pack's only flow, or the one with the other side's id
Flows with validation errors are compared as they are.

With --tenant, <flow> (a file, or a pack's flow) is compared with the tenant's version of it:
the current one, or revision <n> (before: the tenant's, after: yours, as a push would change
it). The tenant's flow is the one the workspace's sync state binds the flow to (a flow
imported as a copy has another id there), else the flow with the same id.

With git: an external diff driver (--git takes the seven arguments git passes to one) or a
difftool; the README shows the .gitattributes and git config lines.

Options:
  --json                One JSON document: {before: {source, id, name}, after: {source,
                        id, name}, equal, changesBehaviour, flow: [change], steps: {added:
                        [step], removed: [step], changed: [{id, type, name, fields:
                        [change], moved}]}, connections: {added: [connection], removed:
                        [connection]}}; a step is {id, type, name}, a change {path,
                        change: "added"|"removed"|"changed", before, after}, a connection
                        {source, sourcePort, target}; id and name are null for ${NO_FILE}
  --git                 Run as git's external diff driver: compare <old-file> with
                        <new-file>, labelled a/<path> and b/<path>; exit 0 when they differ
${TENANT_OPTIONS_HELP}
  --revision <n>        With --tenant: the tenant's revision <n>, not the current one
  --workspace <folder>  With --tenant: the workspace whose sync state binds its flows
                        (default: .)
  -h, --help            Show this help

${formatExitStatus(DIFF_EXIT_STATUS)}`;

/** The options `flowpack diff` parses; completion offers the same. */
export const DIFF_OPTIONS = {
  json: { type: 'boolean' },
  git: { type: 'boolean' },
  ...TENANT_OPTIONS,
  revision: { type: 'string' },
  workspace: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack diff`: the semantic difference between two flows. */
export async function runDiffCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: DIFF_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(DIFF_HELP);
    return EXIT_CODES.ok;
  }
  if (values.tenant === undefined && (values.revision !== undefined || values.workspace !== undefined)) {
    throw new UsageError(`--${values.revision !== undefined ? 'revision' : 'workspace'} is for comparing with a tenant (--tenant <url>)`, 'diff');
  }
  if (values.git) {
    if (values.tenant !== undefined) throw new UsageError('--git compares the two files git gives; it does not take --tenant', 'diff');
    return runAsGitDriver(positionals, values.json === true, output);
  }
  const json = values.json === true;
  if (values.tenant !== undefined) {
    if (positionals.length !== 1) throw new UsageError('with --tenant, diff takes one flow: the file (or pack#flow) to compare with the tenant\'s version', 'diff');
    const revision = parseRevision(values.revision);
    const local = resolveSide(readDiffSide(positionals[0]!, DEFAULT_MAX_BYTES));
    const client = tenantClientFrom(values, 'diff', output);
    const sides = await tenantSides(client, { tenantUrl: values.tenant, workspace: values.workspace ?? '.', revision }, local);
    return printReport(sides, json, output) ? EXIT_CODES.errors : EXIT_CODES.ok;
  }
  if (positionals.length !== 2) throw new UsageError('diff needs two sides: <before> <after>', 'diff');
  const differ = printDiff(positionals[0]!, positionals[1]!, json, output);
  return differ ? EXIT_CODES.errors : EXIT_CODES.ok;
}

function parseRevision(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(text)) throw new UsageError(`--revision: "${printable(text)}" is not a revision number (1, 2, ...)`, 'diff');
  return Number(text);
}

/**
 * git calls an external diff driver with the path and, per side, a file, its object id and
 * mode; an unmerged path comes alone. A difference is the driver's output, not a failure:
 * git before 2.46 stops the whole diff at any other exit status.
 */
function runAsGitDriver(positionals: readonly string[], json: boolean, output: CliOutput): number {
  if (positionals.length === 1) {
    output.stdout(`* Unmerged path ${printable(positionals[0]!)}\n`);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 7) throw new UsageError(`--git takes the 7 arguments git passes to an external diff (got ${positionals.length})`, 'diff');
  const [path, oldFile, , , newFile] = positionals as [string, string, string, string, string];
  printDiff(oldFile, newFile, json, output, { before: `a/${path}`, after: `b/${path}` });
  return EXIT_CODES.ok;
}

/** Prints the difference between two arguments; whether they differ. */
function printDiff(before: string, after: string, json: boolean, output: CliOutput, labels?: { before: string; after: string }): boolean {
  const sides = resolveSides(readDiffSide(before, DEFAULT_MAX_BYTES), readDiffSide(after, DEFAULT_MAX_BYTES));
  const relabel = (side: ResolvedSide, label: string | undefined): ResolvedSide => (label === undefined || side.flow === undefined ? side : { ...side, label });
  return printReport([relabel(sides[0], labels?.before), relabel(sides[1], labels?.after)], json, output);
}

/** Prints the difference between two resolved sides; whether they differ. */
function printReport([before, after]: [ResolvedSide, ResolvedSide], json: boolean, output: CliOutput): boolean {
  const report = buildDiffReport(before, after);
  output.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatDiffReport(report, { before, after }));
  return !report.equal;
}

export const diffCommand: CommandDefinition = { run: runDiffCommand, options: DIFF_OPTIONS, exitStatus: DIFF_EXIT_STATUS };
