import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import { importDecisionsSchema } from '../../shared/import/import-decisions';
import { planImport } from '../../shared/import/plan-import';
import { parseJson } from '../../shared/json/parse-json';
import { packSchema } from '../../shared/pack/pack-schema';
import { formatPath } from '../../shared/validation/messages';
import { summariseIssues } from '../../shared/validation/zod-issues';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { formatHumanPlan } from '../plan-report';
import { readDocumentFile } from '../read-document';
import { DEFAULT_MAX_BYTES } from './validate';

export const PLAN_HELP = `Usage: flowpack plan <pack> --catalog <snapshot.json> [--decisions <file>] [--json]

Shows what importing a pack into a tenant would do, offline, against a snapshot of the
tenant's catalog: per flow create, update (same id), copy or skip; per reference linked,
reused (same name), created, placeholder (to choose) or removed; the import order; the
tenant's limits. Nothing is imported and no file is changed.

Options:
  --catalog <file>    The tenant catalog snapshot (format "flowpack.catalog")
  --decisions <file>  Choices: {"flows": {"<flow id>": {"action": "copy"}},
                      "references": [{"flowId": "...", "path": ["nodes", 3, "config", "queue"],
                      "entityId": "<tenant entity id>"}]}
  --json              Print the plan as one JSON document
  -h, --help          Show this help

Exit status:
  0  the plan can be applied (warnings allowed)
  1  the plan has errors (placeholders to choose, limits, flow kinds...)
  2  a usage error, or a file could not be read or is not what it should be
`;

/** `flowpack plan`: plans a pack's import against a tenant catalog snapshot. */
export function runPlanCommand(args: string[], output: CliOutput): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      catalog: { type: 'string' },
      decisions: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(PLAN_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 1) throw new UsageError('plan needs exactly one pack file', 'plan');
  if (values.catalog === undefined) throw new UsageError('plan needs --catalog <snapshot.json>', 'plan');

  const pack = readAs(positionals[0]!, packSchema, 'pack');
  const catalog = readAs(values.catalog, catalogSnapshotSchema, 'tenant catalog snapshot');
  const decisions = values.decisions === undefined ? {} : readAs(values.decisions, importDecisionsSchema, 'decisions file');
  const plan = planImport(pack, catalog, decisions);
  const colours = process.stdout.isTTY === true && !process.env.NO_COLOR;
  output.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : formatHumanPlan(plan, colours));
  return plan.summary.errors > 0 ? EXIT_CODES.errors : EXIT_CODES.ok;
}

/** Reads, parses and checks one input file; anything wrong is one line naming the file. */
function readAs<S extends z.ZodType>(path: string, schema: S, what: string): z.output<S> {
  const read = readDocumentFile(path, DEFAULT_MAX_BYTES);
  if (!read.ok) throw new CommandError(`${path}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : `:${parsed.line}:${parsed.column}`;
    throw new CommandError(`${path}${where}: ${parsed.message}`);
  }
  const checked = schema.safeParse(parsed.value);
  if (!checked.success) {
    const [issue] = summariseIssues(checked.error, parsed.value);
    const detail = issue ? `${formatPath(issue.path)}: ${issue.detail}` : 'unexpected content';
    throw new CommandError(`${path}: not a valid ${what}: ${detail}`);
  }
  return checked.data;
}
