import { parseArgs } from 'node:util';
import { liveViewOf } from '../../node/services/tenant-live-view';
import { EXIT_CODES } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { flowIdArgument } from '../flow-id-argument';
import { printable } from '../printable';
import { openWorkspace } from '../sync-workspace';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack stats` returns, printed in its help. */
export const STATS_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'shown (also when the flow has no statistics yet)'],
  [EXIT_CODES.failure, 'a usage error, the tenant lacks the flow, or refused or could not be reached'],
];

export const STATS_HELP = `Usage: flowpack stats <flow-id> --tenant <url> [--workspace <folder>] [--json]

Prints the statistics of a flow on a tenant, as the editor's live view shows them: the runs
enrolled and still running, and per step the runs that entered it, wait there now, ended
there, and left by each output. A workspace flow whose copy on the tenant has another id
(imported as a copy) is found through the workspace's sync state (--workspace, default the
current folder). A flow that has not run there (a draft) has no statistics. Reads only.

Options:
${TENANT_OPTIONS_HELP}
  --workspace <folder>  The workspace whose sync state names the tenant's copy (default: .)
  --json                One JSON document: {remoteId, status, stats: {flowId, at, enrolled,
                        running, steps: {<step id>: {entered, left: {<port>: n}, waiting,
                        ended}}} | null}
  -h, --help            Show this help

${formatExitStatus(STATS_EXIT_STATUS)}`;

/** The options `flowpack stats` parses; completion offers the same. */
export const STATS_OPTIONS = { ...TENANT_OPTIONS, workspace: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack stats`: a flow's live statistics on a tenant. */
export async function runStatsCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: STATS_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(STATS_HELP);
    return EXIT_CODES.ok;
  }
  const flowId = flowIdArgument(positionals, 'stats');
  const client = tenantClientFrom(values, 'stats', output);
  const workspace = openWorkspace(values.workspace ?? '.');
  const syncFile = await workspace.run(() => workspace.sync.read());
  const view = await liveViewOf(client, syncFile, flowId).catch((error: unknown) => {
    throw tenantFailure(error);
  });
  if (values.json) {
    output.stdout(`${JSON.stringify(view, null, 2)}\n`);
    return view.remoteId === null ? EXIT_CODES.failure : EXIT_CODES.ok;
  }
  if (view.remoteId === null || view.status === null) {
    output.stderr(`flowpack stats: the tenant has no flow ${flowId}\n`);
    return EXIT_CODES.failure;
  }
  if (!view.stats) {
    output.stdout(`${view.status}: no statistics until it runs (published, active or finalized)\n`);
    return EXIT_CODES.ok;
  }
  const lines = [`${view.status} · ${view.stats.enrolled} enrolled · ${view.stats.running} running (at ${view.stats.at})`];
  for (const [stepId, step] of Object.entries(view.stats.steps)) {
    const ports = Object.entries(step.left)
      .map(([port, count]) => `${port} ${count}`)
      .join(', ');
    lines.push(`  ${printable(stepId)}: entered ${step.entered}, waiting ${step.waiting}, ended ${step.ended}${ports ? `; left by ${ports}` : ''}`);
  }
  output.stdout(`${lines.join('\n')}\n`);
  return EXIT_CODES.ok;
}

export const statsCommand: CommandDefinition = { run: runStatsCommand, options: STATS_OPTIONS, exitStatus: STATS_EXIT_STATUS };
