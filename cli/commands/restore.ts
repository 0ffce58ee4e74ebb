import { parseArgs } from 'node:util';
import { countDiff } from '../../shared/sync/diff-counts';
import { diffFlows } from '../../shared/sync/flow-diff';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { confirm } from '../confirm';
import { formatDiffCounts } from '../diff-report';
import { flowIdArgument } from '../flow-id-argument';
import { printable, quoted } from '../printable';
import { revisionDocument } from '../revision-history';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack restore` returns, printed in its help. */
export const RESTORE_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'restored as a new revision, already the current revision, or not confirmed at the prompt'],
  [EXIT_CODES.errors, 'the tenant refused the change (the flow changed meanwhile, or its lifecycle or validation does not allow it); nothing was changed'],
  [EXIT_CODES.failure, 'a usage error (also no terminal to ask and no --yes), the tenant lacks the flow or the revision, or could not be reached'],
];

export const RESTORE_HELP = `Usage: flowpack restore <flow-id> --revision <n> --tenant <url> [--yes] [--json]

Makes revision <n> of a flow its content again, as a new revision: the earlier revisions stay
as they are. It is an ordinary update of the flow, sent for the revision read just before, so a
change saved meanwhile by someone else is refused rather than overwritten, and a flow whose
lifecycle does not allow the change (a published workflow, a started journey's steps) is
refused as any save would be; the tenant's reason is printed. It shows what the restore changes
against the current revision and asks first; without a terminal to ask, give --yes.
List the revisions with: flowpack revisions <flow-id> --tenant <url>.

Options:
${TENANT_OPTIONS_HELP}
  --revision <n>        The revision to restore
  -y, --yes             Restore without asking
  --json                One JSON document: {flowId, restored, previous, revision, changes:
                        {flowFields, stepsAdded, stepsRemoved, stepsChanged, connectionsAdded,
                        connectionsRemoved}}; revision is the new one (null when nothing was
                        restored)
  -h, --help            Show this help

${formatExitStatus(RESTORE_EXIT_STATUS)}`;

/** The options `flowpack restore` parses; completion offers the same. */
export const RESTORE_OPTIONS = {
  ...TENANT_OPTIONS,
  revision: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack restore`: an earlier revision of a flow made current again, as a new revision. */
export async function runRestoreCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: RESTORE_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    output.stdout(RESTORE_HELP);
    return EXIT_CODES.ok;
  }
  const flowId = flowIdArgument(positionals, 'restore');
  if (values.revision === undefined) throw new UsageError('restore needs --revision <n>', 'restore');
  if (!/^[1-9]\d*$/.test(values.revision)) throw new UsageError(`--revision takes a revision number (1 or more), not ${printable(values.revision)}`, 'restore');
  const wanted = Number(values.revision);
  const client = tenantClientFrom(values, 'restore', output);
  try {
    return await restore(client, flowId, wanted, values, output);
  } catch (error) {
    throw refusal(error);
  }
}

async function restore(client: TenantClient, flowId: string, wanted: number, values: { yes?: boolean; json?: boolean }, output: CliOutput): Promise<number> {
  const current = await currentFlow(client, flowId);
  const document = await revisionDocument(client, flowId, wanted);
  const changes = countDiff(diffFlows(current.document, document));
  const result = { flowId, restored: wanted, previous: current.revision, revision: null as number | null, changes };
  const finish = (message: string) => {
    output.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : message);
    return EXIT_CODES.ok;
  };
  if (wanted === current.revision) return finish(`Revision ${wanted} is already the current revision of ${quoted(current.name)}; nothing restored.\n`);

  const summary = `Restore revision ${wanted} of ${quoted(current.name)} over revision ${current.revision}: ${formatDiffCounts(changes)}.`;
  if (!values.yes) {
    if (!process.stdin.isTTY) throw new UsageError('no terminal to ask: run again with --yes to restore', 'restore');
    // With --json the prompt goes to stderr, so stdout stays one JSON document.
    const promptTo = values.json ? process.stderr : process.stdout;
    if (!(await confirm(`${summary}\nRestore it as a new revision? [y/N] `, promptTo))) {
      output.stderr('flowpack: not restored\n');
      return finish('');
    }
  } else if (!values.json) output.stdout(`${summary}\n`);

  // The update names the revision read above: a change saved since is refused, never overwritten.
  const updated = await client.call('updateFlow', { params: { id: flowId }, body: { document }, revision: current.revision });
  result.revision = updated.data.revision;
  return finish(`Restored: revision ${result.revision} of ${quoted(updated.data.name)} has the content of revision ${wanted}.\n`);
}

async function currentFlow(client: TenantClient, flowId: string) {
  try {
    return (await client.call('getFlow', { params: { id: flowId } })).data;
  } catch (error) {
    if (isTenantApiError(error, 'not-found')) throw new CommandError(`the tenant has no flow ${flowId}`);
    throw error;
  }
}

/** The tenant saying no to the update (stale revision, lifecycle, validation) exits 1 with its own reason. */
function refusal(error: unknown): unknown {
  if (isTenantApiError(error, 'conflict') || isTenantApiError(error, 'validation') || isTenantApiError(error, 'rejected')) {
    return new CommandError(`not restored: ${error.message}`, EXIT_CODES.errors);
  }
  return tenantFailure(error);
}

export const restoreCommand: CommandDefinition = { run: runRestoreCommand, options: RESTORE_OPTIONS, exitStatus: RESTORE_EXIT_STATUS };
