import { parseArgs } from 'node:util';
import { EXIT_CODES } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { flowIdArgument } from '../flow-id-argument';
import { formatRevisionHistory, revisionHistory } from '../revision-history';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack revisions` returns, printed in its help. */
export const REVISIONS_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'listed'],
  [EXIT_CODES.failure, 'a usage error, the tenant lacks the flow, or refused or could not be reached'],
];

export const REVISIONS_HELP = `Usage: flowpack revisions <flow-id> --tenant <url> [--json]

Lists the revisions the tenant keeps of a flow, newest first: the number, who saved it (the
person, or the token's label for a machine token), when, and what changed against the revision
before it: flow fields, steps added, removed and changed, connections added and removed. To see
one change in full: flowpack diff <file> --tenant <url> --revision <n>. To make an earlier
revision current again: flowpack restore. Reads only.

Options:
${TENANT_OPTIONS_HELP}
  --json                One JSON document: {flowId, revisions: [{revision, name, createdAt,
                        by, changes: {flowFields, stepsAdded, stepsRemoved, stepsChanged,
                        connectionsAdded, connectionsRemoved} | null}]}, newest first
  -h, --help            Show this help

${formatExitStatus(REVISIONS_EXIT_STATUS)}`;

/** The options `flowpack revisions` parses; completion offers the same. */
export const REVISIONS_OPTIONS = { ...TENANT_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack revisions`: a flow's saved revisions on a tenant and what each changed. */
export async function runRevisionsCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: REVISIONS_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    output.stdout(REVISIONS_HELP);
    return EXIT_CODES.ok;
  }
  const flowId = flowIdArgument(positionals, 'revisions');
  const client = tenantClientFrom(values, 'revisions', output);
  const revisions = await revisionHistory(client, flowId).catch((error: unknown) => {
    throw tenantFailure(error);
  });
  output.stdout(values.json ? `${JSON.stringify({ flowId, revisions }, null, 2)}\n` : formatRevisionHistory(revisions));
  return EXIT_CODES.ok;
}

export const revisionsCommand: CommandDefinition = { run: runRevisionsCommand, options: REVISIONS_OPTIONS, exitStatus: REVISIONS_EXIT_STATUS };
