import { parseArgs } from 'node:util';
import { compareWithTenant } from '../../shared/sync/compare-with-tenant';
import type { FlowSyncRow } from '../../shared/sync/compare-with-tenant';
import { flowContentHash } from '../../shared/format/content-hash';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { printable } from '../printable';
import { openWorkspace, readLocalFlows } from '../sync-workspace';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack status` returns, printed in its help. */
export const STATUS_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'shown'],
  [EXIT_CODES.failure, 'a usage error, or the tenant refused or could not be reached'],
];

export const STATUS_HELP = `Usage: flowpack status --tenant <url> [--json] [<folder>]

Compares the flows of a workspace folder (default: the current folder) with a tenant. Each
flow is one of:
  in sync          the same on both sides
  local changes    changed here since the last pull or push
  remote changes   changed on the tenant since then
  both changed     changed on both sides: choose which to keep before pulling or pushing
  not on tenant    never pushed, or deleted on the tenant
  only on tenant   on the tenant, not in this folder
A flow in sync whose tenant copy is not the file (the push filled in ids of entities the
tenant created, or kept values the file leaves empty, such as a sender) says so below it:
nothing is overwritten for that, and "flowpack pull <id>" brings the tenant's version into
the file. The last synchronised state is in <folder>/.flowpack/sync.json. Reads only.

Options:
${TENANT_OPTIONS_HELP}
  --json                One JSON document: {tenant, flows: [{id, name, path, status,
                        tenantCopyDiffers, revision}], problems}
  -h, --help            Show this help

${formatExitStatus(STATUS_EXIT_STATUS)}`;

const LABELS: Record<FlowSyncRow['status'], string> = {
  'in-sync': 'in sync',
  'local-changes': 'local changes',
  'remote-changes': 'remote changes',
  'both-changed': 'both changed',
  'not-on-tenant': 'not on tenant',
  'only-on-tenant': 'only on tenant',
};

/** The options `flowpack status` parses; completion offers the same. */
export const STATUS_OPTIONS = { ...TENANT_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack status`: how each flow of a folder stands against a tenant. */
export async function runStatusCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: STATUS_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(STATUS_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new UsageError('status takes at most one folder', 'status');
  const folder = positionals[0] ?? '.';
  const client = tenantClientFrom(values, 'status', output);
  const { flows: locals, problems } = readLocalFlows(folder);
  const state = openWorkspace(folder);
  const syncFile = await state.run(() => state.sync.read());

  const { tenant, rows } = await (async () => {
    const { data: info } = await client.call('getTenant');
    const { data: list } = await client.call('listFlows');
    const remoteHash = async (id: string) => flowContentHash((await client.call('getFlow', { params: { id } })).data.document);
    return { tenant: info, rows: await compareWithTenant({ tenantId: info.id, locals, syncFile, remoteFlows: list.flows, remoteHash }) };
  })().catch((error: unknown) => {
    throw tenantFailure(error);
  });

  if (values.json) {
    const flows = rows.map((row) => ({
      id: row.id,
      name: row.name,
      path: row.path ?? null,
      status: row.status,
      tenantCopyDiffers: row.tenantCopyDiffers,
      revision: row.remote?.revision ?? null,
    }));
    output.stdout(`${JSON.stringify({ tenant: { id: tenant.id, name: tenant.name, url: client.baseUrl }, flows, problems }, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  output.stdout(`Tenant ${printable(tenant.name)} (${client.baseUrl}): ${rows.length} flows\n`);
  const nameWidth = Math.min(40, Math.max(4, ...rows.map((row) => printable(row.name).length)));
  for (const row of rows) {
    output.stdout(`  ${LABELS[row.status].padEnd(16)} ${printable(row.name).padEnd(nameWidth)}  ${row.path === undefined ? '' : printable(row.path)}\n`);
    if (row.tenantCopyDiffers) {
      const pull = `flowpack pull --tenant ${client.baseUrl} -o ${printable(folder)} ${row.remote!.id}`;
      output.stdout(`  ${''.padEnd(16)} the tenant's copy fills in or keeps values the file leaves open; "${pull}" brings it into the file\n`);
    }
  }
  for (const problem of problems) output.stderr(`flowpack: skipped ${problem}\n`);
  return EXIT_CODES.ok;
}

export const statusCommand: CommandDefinition = { run: runStatusCommand, options: STATUS_OPTIONS, exitStatus: STATUS_EXIT_STATUS };
