import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { importDecisionsSchema } from '../../shared/import/import-decisions';
import type { ImportDecisions } from '../../shared/import/import-decisions';
import { recordBindings } from '../../shared/import/bindings-file';
import { planImport } from '../../shared/import/plan-import';
import type { CreateImportBody, ImportProgress, ImportReport } from '../../shared/tenant-api/imports';
import { fetchCurrentDocuments } from '../../shared/tenant-api/current-documents';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { PUSH_REPORTS_FOLDER } from '../../node/services/push-report-file';
import { BINDINGS_FILE, SYNC_STATE_FILE } from '../../node/services/workspace-state';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { confirm } from '../confirm';
import { describeSignature } from '../inspect-report';
import { TRUSTED_KEYS_DIR_VARIABLE } from '../key-file';
import { formatHumanPlan } from '../plan-report';
import { printable } from '../printable';
import { guardPush, pushFailure } from '../push-guard';
import { readPushInput } from '../push-inputs';
import { refusedBySignaturePolicy, REQUIRE_SIGNATURE_OPTION, requireSignatureHelp, requiresSignature } from '../signature-policy';
import { openWorkspace, workspaceDecisions } from '../sync-workspace';
import { formatAppliedFlows, formatServerPlan, recordPushBindings, saveReport } from '../push-report';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { checkAs, readJsonFile } from './plan';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack push` returns, printed in its help. */
export const PUSH_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'applied (or stopped after the dry-run as asked)'],
  [EXIT_CODES.errors, 'nothing imported: the plan has errors, the pack is tampered or refused by --require-signature, or a flow changed or was deleted on the tenant since the last pull or push'],
  [EXIT_CODES.failure, 'a usage error, or the tenant refused or could not be reached'],
];

export const PUSH_HELP = `Usage: flowpack push <pack | flow files and folders...> --tenant <url> [--dry-run] [--yes]
                    [--decisions <file>] [--folder <tenant folder>] [--workspace <folder>]

Imports into a tenant. Flow files and folders are deployed: sent as they are, with nothing
removed (a pack file is shared: "flowpack export" removed what may not leave, and the tenant
applies the rules for templates from other organisations); "-" reads a pack from standard
input (give --yes: the prompt needs a terminal). An update of a flow the tenant
has keeps each value the tenant holds that the file leaves empty (a sender, an assignee):
the plan says "kept from the tenant". Then:
  1. the tenant's catalog is fetched and the import planned here, shown as "flowpack plan" does;
  2. the tenant plans it again itself (a dry-run: nothing changes) and says what it would do;
  3. with --yes, or when you answer y at the prompt, the tenant applies it in one
     transaction (all of it or nothing), with a line per flow as the tenant writes it;
  4. the report is saved under <workspace>/.flowpack/reports/<time>-push.json, pushed
     local flows are bound to the tenant's in <workspace>/.flowpack/sync.json, and the
     choices made (--decisions: references mapped by hand, copies, skips) are kept for this
     tenant in <workspace>/.flowpack/bindings.json; the next push starts from them, and
     updates the copy a flow was pushed as (keep both), not its original.
Without a terminal to ask and without --yes, push stops after the dry-run. Flows with items
to configure (placeholders, required fields left empty) are imported as drafts and listed.

A pack whose signature does not match its content (TAMPERED) is not pushed unless --force.
With --require-signature, a pack file is pushed only when a trusted key signed it (flow
files you deploy are your own and carry no signature). A pack that claims the author of a
trusted key but is not signed by that key is named in a warning. A tenant that keeps a list
of trusted keys refuses such packs itself (422).

Nothing on the tenant is replaced unasked. A local flow whose tenant copy changed since the
last pull or push (as "flowpack status" shows: remote changes, both changed), or that was
deleted there since, is not pushed unless --force: each is named, and nothing is imported.
The import also carries the revision each replaced flow is at, so a change saved on the
tenant while the push runs is refused by the tenant itself, with the same exit status.

Options:
${TENANT_OPTIONS_HELP}
  --dry-run             Stop after the tenant's dry-run
  -y, --yes             Apply without asking
  --json                Print one JSON document once the tenant has answered the dry-run, in
                        place of the text: {signature, plan, dryRun, applied, reportFile,
                        bound}: plan as "flowpack plan --json" gives it (less its
                        signature), dryRun and applied the tenant's import reports (applied
                        null when not applied), reportFile the saved report's path (or
                        null), bound the number of local flows bound; refusals before the
                        dry-run are on stderr only, and the prompt goes to stderr
  --decisions <file>    Choices for flows and references, as for "flowpack plan"
  --folder <folder>     The tenant folder new flows go to (default: the top level)
  --workspace <folder>  Where .flowpack/ is: default the workspace above the flows
                        (flowpack.workspace.json), else their folder; . for a pack
  --name <name>         The name of the pack made from flow files
  --trust <file>        A public key file to trust (also every *.pub in $${TRUSTED_KEYS_DIR_VARIABLE})
${requireSignatureHelp(24)}
  --force               Push a tampered pack anyway (the tenant's audit log records it),
                        and replace flows changed or deleted on the tenant since the last
                        pull or push
  -h, --help            Show this help

${formatExitStatus(PUSH_EXIT_STATUS)}`;

/** The options `flowpack push` parses; completion offers the same. */
export const PUSH_OPTIONS = {
  ...TENANT_OPTIONS,
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  decisions: { type: 'string' },
  folder: { type: 'string' },
  workspace: { type: 'string' },
  name: { type: 'string' },
  trust: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  ...REQUIRE_SIGNATURE_OPTION,
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack push`: plan here, dry-run on the tenant, then apply, report and bind. */
export async function runPushCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: PUSH_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(PUSH_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length === 0) throw new UsageError('push needs a pack, or flow files or folders', 'push');
  const client = tenantClientFrom(values, 'push', output);
  const given: ImportDecisions = values.decisions === undefined ? {} : checkAs(values.decisions, readJsonFile(values.decisions), importDecisionsSchema, 'decisions file');
  // With --json the one document is the whole of stdout: the text lines stay quiet, stderr is as ever.
  const text: CliOutput = values.json ? { stdout: () => undefined, stderr: output.stderr } : output;
  const input = readPushInput(positionals, values, text);

  text.stdout(`Signature: ${describeSignature(input.signature)}\n`);
  const required = input.purpose === 'share' && requiresSignature(values['require-signature'], process.env);
  if (refusedBySignaturePolicy(positionals[0]!, input.signature, required, 'not pushed', output)) return EXIT_CODES.errors;
  const tampered = input.signature.status === 'tampered';
  if (tampered && !values.force) {
    output.stderr(`flowpack: the pack is TAMPERED: ${printable(input.signature.reason ?? 'the signature does not match')}; not pushed (--force pushes it anyway)\n`);
    return EXIT_CODES.errors;
  }

  const state = openWorkspace(input.workspace);
  // The state a push writes after the tenant applied it is checked first: a linked state folder
  // refuses the push while the tenant is still unchanged, not after the import went through.
  await state.run(() => Promise.all([PUSH_REPORTS_FOLDER, SYNC_STATE_FILE, BINDINGS_FILE].map((part) => state.root.statePath(part))));
  const { data: catalog } = await tenantCall(() => client.call('getCatalog'));
  // Those of --decisions, over the copies this workspace is synchronised with, over the choices saved for this tenant at earlier pushes.
  const decisions = await workspaceDecisions(state, catalog, input.pack.flows.map((flow) => String(flow.id)), given);
  const colours = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const deploy = input.purpose === 'deploy' ? { tenantFlows: await tenantCall(() => fetchCurrentDocuments(client, input.pack, catalog, decisions)) } : undefined;
  const plan = planImport(input.pack, catalog, decisions, { deploy });
  text.stdout(formatHumanPlan(plan, colours));
  const expectedRevisions = await guardPush({ client, tenantId: catalog.tenant.id, input, state, plan, force: values.force === true, output: text });

  const body = (mode: 'dry-run' | 'apply'): CreateImportBody => ({
    mode,
    pack: input.packJson,
    purpose: input.purpose,
    decisions,
    allowTampered: tampered,
    folder: values.folder ?? '',
    expectedRevisions,
  });
  const dryRun = await importCall(client, body('dry-run'), input.workspace);
  text.stdout(formatServerPlan(dryRun));
  const result = { signature: input.signature, plan, dryRun, applied: null as ImportReport | null, reportFile: null as string | null, bound: 0 };
  const finish = (code: number): number => {
    if (values.json) output.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return code;
  };
  if (dryRun.summary.errors > 0) {
    output.stderr(`flowpack: the tenant found errors in the plan (${values.json ? 'dryRun' : 'see above'}); nothing was imported\n`);
    return finish(EXIT_CODES.errors);
  }
  if (values['dry-run']) return finish(EXIT_CODES.ok);
  if (!values.yes && !(await confirm(`Apply this import to ${printable(catalog.tenant.name)}? [y/N] `, values.json ? process.stderr : process.stdout))) {
    output.stderr(process.stdin.isTTY ? 'flowpack: not applied\n' : 'flowpack: not applied: no terminal to ask; run again with --yes to apply\n');
    return finish(EXIT_CODES.ok);
  }

  text.stdout(`Applying ${dryRun.flows.length} flow${dryRun.flows.length === 1 ? '' : 's'} in one transaction...\n`);
  const report = await importCall(client, body('apply'), input.workspace, progressPrinter(dryRun, text));
  text.stdout(formatAppliedFlows(report));
  const now = new Date();
  const tenant = { id: catalog.tenant.id, url: client.baseUrl };
  const saved = await saveReport(state, tenant, report, now);
  const bound = await recordPushBindings(state, tenant, report, input.localFlows, now);
  await state.run(() => state.bindings.update((file) => ({ next: recordBindings(file, catalog.tenant.id, report.flows, decisions), result: undefined })));
  Object.assign(result, { applied: report, reportFile: saved, bound });
  text.stdout(`Imported (report ${report.id}). Report saved to ${printable(saved)}${bound > 0 ? `; ${bound} local flow${bound === 1 ? '' : 's'} bound in .flowpack/sync.json` : ''}.\n`);
  return finish(EXIT_CODES.ok);
}

async function tenantCall<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw tenantFailure(error);
  }
}

/** One import request with its own key, so the client's retries can never apply it twice. */
async function importCall(client: TenantClient, body: CreateImportBody, workspace: string, onProgress?: (progress: ImportProgress) => void) {
  try {
    return (await client.call('createImport', { body, idempotencyKey: randomUUID(), onProgress })).data;
  } catch (error) {
    throw pushFailure(error, client, workspace);
  }
}

/**
 * Prints an apply's progress as the tenant reports it: a line per flow written in its
 * transaction, then the commit. A retried request that starts again says so.
 */
function progressPrinter(dryRun: ImportReport, output: CliOutput): (progress: ImportProgress) => void {
  const names = new Map(dryRun.flows.map((flow) => [flow.targetId, flow.name]));
  let started = false;
  return (progress) => {
    if (progress.phase === 'entities') {
      if (started) output.stdout('  the connection dropped; the tenant is applying the import again from the start\n');
      started = true;
      return;
    }
    if (progress.phase === 'committing') {
      output.stdout(`  all ${progress.total} written; committing...\n`);
      return;
    }
    const width = String(progress.total).length;
    progress.written.forEach((id, index) => {
      const count = String(progress.done - progress.written.length + index + 1).padStart(width);
      output.stdout(`  [${count}/${progress.total}] written: ${printable(names.get(id) ?? id)}\n`);
    });
  };
}

export const pushCommand: CommandDefinition = { run: runPushCommand, options: PUSH_OPTIONS, exitStatus: PUSH_EXIT_STATUS };
