import { relative } from 'node:path';
import type { ImportPlan } from '../shared/import/import-plan';
import { checkPush } from '../shared/sync/check-push';
import type { Overwrite, PushedFlow } from '../shared/sync/check-push';
import { flowContentHash } from '../shared/format/content-hash';
import { isTenantApiError } from '../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../shared/tenant-api/tenant-client';
import { CommandError, EXIT_CODES } from './cli-error';
import type { CliOutput } from './cli-output';
import type { PushInput } from './push-inputs';
import { printable, quoted } from './printable';
import type { CliWorkspace } from './sync-workspace';
import { tenantFailure } from './tenant-access';

/** What `flowpack push` needs to know to guard a push, besides the input it sends. */
export interface PushGuardContext {
  client: TenantClient;
  tenantId: string;
  input: Pick<PushInput, 'localFlows' | 'workspace'>;
  /** The workspace's state, whose `.flowpack/sync.json` says what was last pulled or pushed. */
  state: CliWorkspace;
  /** The import as planned here against the tenant's catalog: which local flows it creates or replaces. */
  plan: Pick<ImportPlan, 'flows'>;
  /** Replace the tenant's changes anyway. */
  force: boolean;
  output: CliOutput;
}

/**
 * Refuses a push of workspace flows that would replace a change made on the tenant since the
 * last pull or push (`.flowpack/sync.json`, judged as `flowpack status` judges it), or create
 * again a flow deleted there: each such flow is named, nothing is imported, and the command exits 1.
 * With `force` it warns and goes on. Answers the revision each replaced flow is at now, which the
 * import sends so the tenant refuses it if someone saves one of them meanwhile. A pack file has
 * no local flows, so nothing of it is checked (its import replaces flows as the plan warns).
 */
export async function guardPush({ client, tenantId, input, state, plan, force, output }: PushGuardContext): Promise<Record<string, number>> {
  const flows: PushedFlow[] = [];
  for (const flow of plan.flows) {
    const local = input.localFlows.get(flow.flowId);
    if (local && (flow.action === 'create' || flow.action === 'update')) flows.push({ local, targetId: flow.targetId, action: flow.action });
  }
  if (flows.length === 0) return {};
  const syncFile = await state.run(() => state.sync.read());
  const check = await (async () => {
    const { data: list } = await client.call('listFlows');
    const remoteHash = async (id: string) => flowContentHash((await client.call('getFlow', { params: { id } })).data.document);
    return checkPush({ tenantId, flows, syncFile, remoteFlows: list.flows, remoteHash });
  })().catch((error: unknown) => {
    throw tenantFailure(error);
  });
  if (check.overwrites.length === 0) return check.expectedRevisions;
  if (force) {
    for (const overwrite of check.overwrites) output.stderr(`flowpack: warning: ${describeOverwrite(overwrite)}; replacing it (--force)\n`);
    return check.expectedRevisions;
  }
  for (const overwrite of check.overwrites) output.stderr(`flowpack: ${describeOverwrite(overwrite)}\n`);
  throw new CommandError(`nothing was imported: ${nextSteps(client, input.workspace)}`, EXIT_CODES.errors);
}

/**
 * The tenant's own refusal of an import whose expected revisions are stale (412: a flow was
 * saved or deleted on the tenant after {@link guardPush} looked), as the same refusal; any other
 * failure as usual.
 */
export function pushFailure(error: unknown, client: TenantClient, workspace: string): unknown {
  if (!isTenantApiError(error, 'conflict') || error.detail.status !== 412) return tenantFailure(error);
  return new CommandError(`${error.message} Nothing was imported: ${nextSteps(client, workspace)}`, EXIT_CODES.errors);
}

function describeOverwrite({ id, name, reason, revision, syncedRevision }: Overwrite): string {
  const flow = `${quoted(name)} (${id})`;
  if (reason === 'deleted-on-tenant') return `${flow} was deleted on the tenant since the last pull or push (at revision ${syncedRevision}); pushing would create it again`;
  if (syncedRevision === undefined) return `${flow} differs from the tenant's copy (revision ${revision}), which was never pulled or pushed here; pushing would replace it`;
  const where = reason === 'both-changed' ? 'changed here and on the tenant' : 'changed on the tenant';
  return `${flow} ${where} since the last pull or push (revision ${syncedRevision} then, ${revision} now); pushing would replace the tenant's change`;
}

/** What to do before pushing again: compare with `flowpack status`, take the tenant's version with pull, or force. */
function nextSteps(client: TenantClient, workspace: string): string {
  const shown = relative(process.cwd(), workspace) || '.';
  const folder = shown.startsWith('..') ? workspace : shown;
  return `see the differences with "flowpack status --tenant ${client.baseUrl} ${printable(folder)}", take the tenant's version with "flowpack pull", or push again with --force to replace it`;
}
