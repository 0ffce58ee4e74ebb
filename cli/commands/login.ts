import { parseArgs } from 'node:util';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { CommandError, EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import { printable } from '../printable';
import { sessionFilePath, writeSession } from '../sign-in/session-file';
import { providerFor, signInWithDevice } from '../sign-in/tenant-session';
import { tenantFailure } from '../tenant-access';

/** The codes `flowpack login` returns, printed in its help. */
export const LOGIN_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'signed in; the session is kept'],
  [EXIT_CODES.failure, 'a usage error, the sign-in was refused or expired, or the tenant could not be reached'],
];

export const LOGIN_HELP = `Usage: flowpack login --tenant <url> [--json]

Signs you in to a tenant from this terminal: prints an address and a code; open the address
in a browser on any device, sign in, enter the code and allow access. The command waits until
you do (or the code expires). The session is kept in ${printable(sessionFilePath())}
(readable by you only), keyed by the tenant's address; tenant commands (push, pull, status...)
then use it when no $FLOWPACK_TOKEN or --token-file is given, renewing its access as needed.
What the session may do is what your role on the tenant allows and you allowed.

Options:
  --tenant <url>        The tenant's address (https://, or http:// on this computer only)
  --json                Print {tenant: {id, name}, person: {name, email, role}, scopes} when
                        signed in (the prompt goes to standard error)
  -h, --help            Show this help

${formatExitStatus(LOGIN_EXIT_STATUS)}`;

export const LOGIN_OPTIONS = { tenant: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack login`: the device authorization grant against the tenant's sign-in provider. */
export async function runLoginCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: LOGIN_OPTIONS, strict: true });
  if (values.help) {
    output.stdout(LOGIN_HELP);
    return EXIT_CODES.ok;
  }
  if (values.tenant === undefined) throw new UsageError('login needs --tenant <url>', 'login');
  const tenant = values.tenant;
  const prompt = (line: string) => (values.json ? output.stderr(line) : output.stdout(line));
  let session;
  try {
    const config = await providerFor(tenant);
    session = await signInWithDevice(config, (device) => {
      prompt(`To sign in, open ${device.verificationUri} and enter the code ${device.userCode}\n`);
      if (device.verificationUriComplete) prompt(`(or open ${device.verificationUriComplete}, which holds the code)\n`);
      prompt(`Waiting for you to allow access (the code expires in ${Math.round(device.expiresInSeconds / 60)} minutes)...\n`);
    });
  } catch (error) {
    throw signInFailure(error);
  }
  const client = createTenantClient(createTenantHttp({ baseUrl: tenant, token: session.accessToken!, fetch: globalThis.fetch }));
  const { data: info } = await client.call('getTenant').catch((error: unknown) => {
    throw tenantFailure(error);
  });
  const person = info.token.user ?? undefined;
  await writeSession(tenant, { ...session, tenantName: info.name, ...(person ? { person: { name: person.name, email: person.email } } : {}) });
  if (values.json) {
    output.stdout(`${JSON.stringify({ tenant: { id: info.id, name: info.name }, person: person ? { name: person.name, email: person.email, role: person.role } : null, scopes: info.token.scopes }, null, 2)}\n`);
  } else {
    const who = person ? `${printable(person.name)} <${printable(person.email)}> (${person.role})` : 'signed in';
    output.stdout(`Signed in to ${printable(info.name)} as ${who}. May: ${info.token.scopes.join(', ') || 'nothing'}.\n`);
  }
  return EXIT_CODES.ok;
}

/** The provider's refusal (access denied, code expired) or an unreachable tenant, as one line. */
function signInFailure(error: unknown): unknown {
  if (error instanceof Error && 'error' in error && typeof error.error === 'string') {
    const reason = error.error === 'access_denied' ? 'access was not allowed' : error.error === 'expired_token' ? 'the code expired before access was allowed' : error.message;
    return new CommandError(`sign-in failed: ${reason}`);
  }
  if (error instanceof Error && !(error instanceof UsageError) && !(error instanceof CommandError)) return new CommandError(`sign-in failed: ${error.message}`);
  return error;
}

export const loginCommand: CommandDefinition = { run: runLoginCommand, options: LOGIN_OPTIONS, exitStatus: LOGIN_EXIT_STATUS };
