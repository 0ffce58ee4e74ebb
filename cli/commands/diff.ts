import { parseArgs } from 'node:util';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { NO_FILE, readDiffSide, resolveSides } from '../diff-inputs';
import type { ResolvedSide } from '../diff-inputs';
import { buildDiffReport, formatDiffReport } from '../diff-report';
import { printable } from '../printable';
import { DEFAULT_MAX_BYTES } from './validate';

export const DIFF_HELP = `Usage: flowpack diff [--json] <before> <after>
       flowpack diff --git <path> <old-file> <old-hex> <old-mode> <new-file> <new-hex> <new-mode>

Shows what changed from one version of a flow to another, as a person reviews it: the flow's
own fields, steps added, removed and changed (each changed field with its value before and
after, and steps only moved on the canvas), and connections added and removed. Steps are
matched by id; connections by the steps and port they join. The flow's meta (timestamps, the
tool that wrote it) is not a change. The same comparison as the editor's.

Each side is a flow file, a flow inside a pack, or ${NO_FILE} (no flow: every step reads as
added or removed):
  team.flowpack#<id or name>   the pack's flow with that id, else with that name
  team.flowpack                the pack's only flow, or the one with the other side's id
Flows with validation errors are compared as they are.

With git: an external diff driver (--git takes the seven arguments git passes to one) or a
difftool; the README shows the .gitattributes and git config lines.

Options:
  --json      One JSON document: {before: {source, id, name}, after: {source, id, name},
              equal, changesBehaviour, flow: [change], steps: {added: [step], removed:
              [step], changed: [{id, type, name, fields: [change], moved}]}, connections:
              {added: [connection], removed: [connection]}}; a step is {id, type, name}, a
              change {path, change: "added"|"removed"|"changed", before, after}, a
              connection {source, sourcePort, target}; id and name are null for ${NO_FILE}
  --git       Run as git's external diff driver: compare <old-file> with <new-file>,
              labelled a/<path> and b/<path>, and exit 0 when they differ
  -h, --help  Show this help

Exit status: 0 no differences (with --git: also when they differ), 1 they differ, 2 a usage
error, or a side could not be read or is not a flow or pack.
`;

/** `flowpack diff`: the semantic difference between two flows. */
export function runDiffCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, git: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(DIFF_HELP);
    return EXIT_CODES.ok;
  }
  if (values.git) return runAsGitDriver(positionals, values.json === true, output);
  if (positionals.length !== 2) throw new UsageError('diff needs two sides: <before> <after>', 'diff');
  const differ = printDiff(positionals[0]!, positionals[1]!, values.json === true, output);
  return differ ? EXIT_CODES.errors : EXIT_CODES.ok;
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
  const [left, right] = [relabel(sides[0], labels?.before), relabel(sides[1], labels?.after)];
  const report = buildDiffReport(left, right);
  output.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatDiffReport(report, { before: left.flow, after: right.flow }));
  return !report.equal;
}
