import { parseArgs } from 'node:util';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import { printable } from '../printable';
import { readSession, writeSession } from '../sign-in/session-file';
import { revokeSession } from '../sign-in/tenant-session';

/** The codes `flowpack logout` returns, printed in its help. */
export const LOGOUT_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'signed out (or there was no session to end)'],
  [EXIT_CODES.failure, 'a usage error, or the tenant could not be told: the session is forgotten here, but its refresh token may still work until it expires'],
];

export const LOGOUT_HELP = `Usage: flowpack logout --tenant <url> [--json]

Signs you out of a tenant: the tenant revokes the session (its refresh token and every access
token made from it stop working) and this computer forgets it.

Options:
  --tenant <url>        The tenant's address, as given to flowpack login
  --json                Print {tenant, signedOut: true|false, revoked: true|false}
  -h, --help            Show this help

${formatExitStatus(LOGOUT_EXIT_STATUS)}`;

export const LOGOUT_OPTIONS = { tenant: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack logout`: revoke the kept session at the tenant, then forget it. */
export async function runLogoutCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: LOGOUT_OPTIONS, strict: true });
  if (values.help) {
    output.stdout(LOGOUT_HELP);
    return EXIT_CODES.ok;
  }
  if (values.tenant === undefined) throw new UsageError('logout needs --tenant <url>', 'logout');
  const tenant = values.tenant;
  const session = readSession(tenant);
  if (!session) {
    output.stdout(values.json ? `${JSON.stringify({ tenant, signedOut: false, revoked: false })}\n` : `Not signed in to ${printable(tenant)}.\n`);
    return EXIT_CODES.ok;
  }
  let failure: string | undefined;
  try {
    await revokeSession(tenant, session);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  // Forgotten either way: keeping a session the person asked to end would be worse than one left to expire.
  await writeSession(tenant, undefined);
  if (failure !== undefined) throw new CommandError(`signed out here, but the tenant could not revoke the session (${failure}); it ends when it expires`);
  output.stdout(values.json ? `${JSON.stringify({ tenant, signedOut: true, revoked: true })}\n` : `Signed out of ${printable(session.tenantName ?? tenant)}.\n`);
  return EXIT_CODES.ok;
}

export const logoutCommand: CommandDefinition = { run: runLogoutCommand, options: LOGOUT_OPTIONS, exitStatus: LOGOUT_EXIT_STATUS };
