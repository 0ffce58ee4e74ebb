import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceFile, writeNewFlowFile } from '../../node/services/flow-file-writes';
import { serializeFlow } from '../../shared/format/flow-file';
import { slugify } from '../../shared/host/flow-file-stem';
import { flowContentHash } from '../../shared/format/content-hash';
import { decidePull } from '../../shared/sync/decide-pull';
import { recordSync } from '../../shared/sync/sync-file';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { printable } from '../printable';
import { openWorkspace, readLocalFlows } from '../sync-workspace';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack pull` returns, printed in its help. */
export const PULL_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'all pulled'],
  [EXIT_CODES.errors, 'some flows were kept because they changed locally or could not be read'],
  [EXIT_CODES.failure, 'a usage error, or the tenant refused or could not be reached'],
];

export const PULL_HELP = `Usage: flowpack pull --tenant <url> (<flow id>... | --all) [-o <folder>] [--force]

Writes flows from a tenant into a workspace folder (default: the current folder). A flow the
folder already has (same id) is updated in its own file; a new one gets a file named after it,
in sub-folders following the tenant's folders. The revision pulled is remembered in
<folder>/.flowpack/sync.json for "flowpack status".

A local flow changed since the last sync is never replaced unless --force is given: see the
differences with "flowpack status", and push or save it elsewhere first. A replaced file keeps
its earlier version under <folder>/.flowpack/backups/, as a save in the editor does.

Options:
${TENANT_OPTIONS_HELP}
  --all                 Every flow of the tenant
  -o, --output <folder> The workspace folder (default: .)
  --force               Replace local flows even when they changed since the last sync
  --json                Print one JSON document: {tenant: {id, name, url}, flows: [{id,
                        name, action: "created"|"updated"|"kept"|"unreadable", path,
                        revision, reason}]}; path, revision and reason are null where they
                        do not apply; the lines on stderr are printed as without it
  -h, --help            Show this help

A flow this version cannot read (the tenant's answer for it is not a flow it understands, or it
was deleted meanwhile) is named and skipped; every other flow is still written.

${formatExitStatus(PULL_EXIT_STATUS)}`;

/** The options `flowpack pull` parses; completion offers the same. */
export const PULL_OPTIONS = { ...TENANT_OPTIONS, all: { type: 'boolean' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** One flow in `pull --json`: what became of it. */
interface PulledFlow {
  id: string;
  name: string | null;
  action: 'created' | 'updated' | 'kept' | 'unreadable';
  path: string | null;
  revision: number | null;
  reason: string | null;
}

/** `flowpack pull`: tenant flows into a workspace folder, never overwriting local changes unasked. */
export async function runPullCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: PULL_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(PULL_HELP);
    return EXIT_CODES.ok;
  }
  if (values.all === (positionals.length > 0)) throw new UsageError('pull needs either flow ids or --all', 'pull');
  const folder = values.output ?? '.';
  const client = tenantClientFrom(values, 'pull', output);
  const call = <T>(request: () => Promise<T>) =>
    request().catch((error: unknown) => {
      throw tenantFailure(error);
    });

  const { data: tenant } = await call(() => client.call('getTenant'));
  const listed = values.all ? (await call(() => client.call('listFlows'))).data.flows : positionals.map((id) => ({ id, name: undefined }));
  const workspace = openWorkspace(folder, { create: true });
  const { root, sync } = workspace;
  const { flows: locals } = readLocalFlows(folder);
  let notWritten = 0;
  const pulled: PulledFlow[] = [];

  for (const { id, name } of listed) {
    const remote = await readFlow(() => client.call('getFlow', { params: { id } }));
    if ('unreadable' in remote) {
      output.stderr(`flowpack: could not pull ${printable(id)}${name === undefined ? '' : ` (${printable(name)})`}: ${printable(remote.unreadable)}\n`);
      pulled.push({ id, name: name ?? null, action: 'unreadable', path: null, revision: null, reason: remote.unreadable });
      notWritten++;
      continue;
    }
    const syncFile = await workspace.run(() => sync.read());
    const decision = decidePull({ tenantId: tenant.id, remote, locals, syncFile, force: values.force ?? false });
    if (decision.action === 'keep') {
      output.stderr(`flowpack: kept ${printable(decision.local.path)}: it changed here since the last sync (${decision.reason.replace('-', ' ')}); use --force to replace it\n`);
      pulled.push({ id: remote.id, name: remote.name, action: 'kept', path: decision.local.path, revision: remote.revision, reason: decision.reason });
      notWritten++;
      continue;
    }
    // The app's own writers: atomic, inside the workspace only, and a replaced file keeps a backup.
    const local = decision.action === 'update' ? decision.local : undefined;
    const replaced = local ? await workspace.run(() => replaceFile(root, local.path, serializeFlow(remote.document), new Date())) : false;
    const path = local?.path ?? (await workspace.run(() => writeNewFlowFile(root, tenantFolderPath(remote.folder), remote.document)));
    // Saved after each flow, so an interrupted pull still remembers what it wrote.
    await workspace.run(() =>
      sync.update((file) => ({
        next: recordSync(file, { id: tenant.id, url: client.baseUrl }, remote.document.id, {
          remoteId: remote.id,
          revision: remote.revision,
          contentHash: flowContentHash(remote.document),
          syncedAt: new Date().toISOString(),
        }),
        result: undefined,
      })),
    );
    const shown = local ? local.path : join(folder, path);
    const backup = replaced && values.force ? `; the local version is kept in .flowpack/backups/${printable(local!.path)}/` : '';
    pulled.push({ id: remote.id, name: remote.name, action: local ? 'updated' : 'created', path: shown, revision: remote.revision, reason: null });
    if (!values.json) output.stdout(`${local ? 'updated' : 'created'} ${printable(shown)} (${printable(remote.name)}, revision ${remote.revision})${backup}\n`);
  }
  if (values.json) output.stdout(`${JSON.stringify({ tenant: { id: tenant.id, name: tenant.name, url: client.baseUrl }, flows: pulled }, null, 2)}\n`);
  return notWritten > 0 ? EXIT_CODES.errors : EXIT_CODES.ok;
}

/**
 * One flow from the tenant, or why it could not be read: an answer this version does not
 * understand (a document nested deeper than it reads, say) or a flow deleted since the list
 * concern that flow alone, so the pull goes on with the others; anything else (auth, network)
 * would fail for every flow and stops it.
 */
async function readFlow(request: () => Promise<{ data: FlowDetail }>): Promise<FlowDetail | { unreadable: string }> {
  try {
    return (await request()).data;
  } catch (error) {
    if (isTenantApiError(error, 'bad-response') || isTenantApiError(error, 'not-found')) return { unreadable: error.message };
    throw tenantFailure(error);
  }
}

/** The workspace folder of a flow new to it: the tenant's folder path, each part made a file-name stem. */
function tenantFolderPath(remoteFolder: string): string {
  return remoteFolder === '' ? '' : remoteFolder.split('/').map(slugify).join('/');
}

export const pullCommand: CommandDefinition = { run: runPullCommand, options: PULL_OPTIONS, exitStatus: PULL_EXIT_STATUS };
