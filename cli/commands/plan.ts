import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import { importDecisionsSchema } from '../../shared/import/import-decisions';
import { planImport } from '../../shared/import/plan-import';
import { parseJson } from '../../shared/json/parse-json';
import { packSchema } from '../../shared/pack/pack-schema';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { formatPath } from '../../shared/validation/messages';
import { summariseIssues } from '../../shared/validation/zod-issues';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { describeSignature } from '../inspect-report';
import { readTrustedKeys, TRUSTED_KEYS_DIR_VARIABLE } from '../key-file';
import { formatHumanPlan } from '../plan-report';
import { printable } from '../printable';
import { readDocumentFile } from '../read-document';
import { refusedBySignaturePolicy, REQUIRE_SIGNATURE_OPTION, requireSignatureHelp, requiresSignature } from '../signature-policy';
import { openWorkspace, pushWorkspace, workspaceDecisions } from '../sync-workspace';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack plan` returns, printed in its help. */
export const PLAN_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'the plan can be applied (items to configure and warnings allowed)'],
  [EXIT_CODES.errors, 'the plan has errors that refuse it (limits, flow kinds, decisions...), or the pack is tampered and --force was not given, or refused by --require-signature (nothing planned)'],
  [EXIT_CODES.failure, 'a usage error, or a file could not be read or is not what it should be'],
];

export const PLAN_HELP = `Usage: flowpack plan <pack> --catalog <snapshot.json> [--decisions <file>] [--json]
                    [--workspace <folder>] [--trust <file.pub>]... [--force] [--require-signature]

Shows what importing a pack into a tenant would do, offline, against a snapshot of the
tenant's catalog: per flow create, update (same id), copy or skip; per reference linked,
reused (same name), created, placeholder (to choose) or removed; the import order; the
tenant's limits. Nothing is imported and no file is changed. <pack> "-" reads the pack from
standard input.

Errors that make a flow unusable (limits, blocked steps, flow kinds, decisions that do not
apply) refuse the import. What a person must finish (placeholders, required fields left
empty, loops) does not: it is listed as "to configure", the flow arrives as a draft, and it
cannot be published, started or activated until it is done.

It starts from the same choices "flowpack push" would for the snapshot's tenant: those of
--decisions, then the copies the workspace is synchronised with (.flowpack/sync.json: a flow
once pushed as a copy updates that copy), then the choices saved at earlier pushes
(.flowpack/bindings.json); a saved choice that no longer applies is shown as a warning.

The pack's signature is checked first, as flowpack inspect does, and its status shown
(signed and valid, unknown key, unsigned). A TAMPERED pack (changed after it was signed,
or its signature damaged) is not planned unless --force is given. Trusted keys are the
--trust files plus every *.pub file in the folder named by $${TRUSTED_KEYS_DIR_VARIABLE}.
With --require-signature, only a pack signed by a trusted key is planned. A pack that
claims the author of a trusted key but is not signed by that key is named in a warning.

Options:
  --catalog <file>    The tenant catalog snapshot (format "flowpack.catalog")
  --decisions <file>  Choices: {"flows": {"<flow id>": {"action": "copy"}},
                      "references": [{"flowId": "...", "path": ["nodes", 3, "config", "queue"],
                      "entityId": "<tenant entity id>"}]}
  --workspace <folder> Where .flowpack/ is, as for "flowpack push" (default: the current folder)
  --json              Print the plan as one JSON document, with the signature check as
                      "signature": {status, author, fingerprint, reason}
  --trust <file>      A public key file to trust; repeat for more
  --force             Plan a tampered pack anyway
${requireSignatureHelp(22)}
  -h, --help          Show this help

${formatExitStatus(PLAN_EXIT_STATUS)}`;

/** The options `flowpack plan` parses; completion offers the same. */
export const PLAN_OPTIONS = {
  catalog: { type: 'string' },
  decisions: { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  trust: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  ...REQUIRE_SIGNATURE_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack plan`: plans a pack's import against a tenant catalog snapshot. */
export async function runPlanCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: PLAN_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(PLAN_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 1) throw new UsageError('plan needs exactly one pack file', 'plan');
  if (values.catalog === undefined) throw new UsageError('plan needs --catalog <snapshot.json>', 'plan');

  const packPath = positionals[0]!;
  const packJson = readJsonFile(packPath);
  const pack = checkAs(packPath, packJson, packSchema, 'pack');
  const catalog = checkAs(values.catalog, readJsonFile(values.catalog), catalogSnapshotSchema, 'tenant catalog snapshot');
  const given = values.decisions === undefined ? {} : checkAs(values.decisions, readJsonFile(values.decisions), importDecisionsSchema, 'decisions file');
  const flowIds = pack.flows.flatMap((flow) => (typeof flow.id === 'string' ? [flow.id] : []));
  const decisions = await workspaceDecisions(openWorkspace(pushWorkspace([packPath], values.workspace)), catalog, flowIds, given);

  // Checked on the JSON as read: the signature covers that, not the schema's copy with defaults filled in.
  const trusted = readTrustedKeys(values.trust ?? [], process.env, (line) => output.stderr(`flowpack: warning: ${line}\n`));
  const signature = verifyPack(packJson as object, trusted);
  if (refusedBySignaturePolicy(packPath, signature, requiresSignature(values['require-signature'], process.env), 'not planned', output)) return EXIT_CODES.errors;
  if (signature.status === 'tampered') {
    if (!values.force) {
      const reason = printable(signature.reason ?? 'the signature does not match');
      output.stderr(`flowpack: ${printable(packPath)}: TAMPERED: ${reason}; not planned (--force plans it anyway)\n`);
      return EXIT_CODES.errors;
    }
    output.stderr(`flowpack: warning: ${printable(packPath)} is TAMPERED; planned because of --force\n`);
  }

  const plan = planImport(pack, catalog, decisions);
  const colours = process.stdout.isTTY === true && !process.env.NO_COLOR;
  output.stdout(values.json ? `${JSON.stringify({ ...plan, signature }, null, 2)}\n` : `Signature: ${describeSignature(signature)}\n${formatHumanPlan(plan, colours)}`);
  return plan.summary.errors > 0 ? EXIT_CODES.errors : EXIT_CODES.ok;
}

/** Reads and parses one input file; anything wrong is one line naming the file (and where in it). */
export function readJsonFile(path: string): unknown {
  const read = readDocumentFile(path, DEFAULT_MAX_BYTES);
  if (!read.ok) throw new CommandError(`${path}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : `:${parsed.line}:${parsed.column}`;
    throw new CommandError(`${path}${where}: ${parsed.message}`);
  }
  return parsed.value;
}

/** Checks a parsed input against its schema; anything wrong is one line naming the file and the field. */
export function checkAs<S extends z.ZodType>(path: string, value: unknown, schema: S, what: string): z.output<S> {
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const [issue] = summariseIssues(checked.error, value);
    const detail = issue ? `${formatPath(issue.path)}: ${issue.detail}` : 'unexpected content';
    throw new CommandError(`${path}: not a valid ${what}: ${detail}`);
  }
  return checked.data;
}

export const planCommand: CommandDefinition = { run: runPlanCommand, options: PLAN_OPTIONS, exitStatus: PLAN_EXIT_STATUS };
