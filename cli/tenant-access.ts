import { readFileSync, statSync } from 'node:fs';
import { FileLockBusy } from '../node/services/file-lock';
import { createTenantHttp } from '../shared/tenant-api/http/tenant-http';
import { isTenantApiError } from '../shared/tenant-api/http/tenant-error';
import { createTenantClient } from '../shared/tenant-api/tenant-client';
import type { TenantClient } from '../shared/tenant-api/tenant-client';
import { CommandError, UsageError } from './cli-error';
import type { CliOutput } from './cli-output';
import { printable } from './printable';
import { readSession } from './sign-in/session-file';
import { sessionFetch, SignedOut } from './sign-in/tenant-session';

/** The environment variable that may hold the tenant token. */
export const TOKEN_VARIABLE = 'FLOWPACK_TOKEN';

/** Options every tenant command takes, for parseArgs. */
export const TENANT_OPTIONS = {
  tenant: { type: 'string' },
  'token-file': { type: 'string' },
  token: { type: 'string' },
} as const;

export const TENANT_OPTIONS_HELP = `  --tenant <url>        The tenant's address (https://, or http:// on this computer only)
  --token-file <file>   Read the token from this file (keep it readable by you only)
                        Without it the token comes from $${TOKEN_VARIABLE}, else from the
                        session of flowpack login --tenant <url>. A token is never given on
                        the command line, where the process list and shell history would
                        keep it.`;

/**
 * The tenant client a command uses: the address from `--tenant`, the token from `--token-file`
 * or $FLOWPACK_TOKEN. Node's own fetch carries the requests.
 */
export function tenantClientFrom(values: { tenant?: string; 'token-file'?: string; token?: string }, command: string, output: CliOutput): TenantClient {
  if (values.token !== undefined) {
    throw new UsageError(`--token is not accepted: put the token in $${TOKEN_VARIABLE} or a file named by --token-file`, command);
  }
  if (values.tenant === undefined) throw new UsageError(`${command} needs --tenant <url>`, command);
  const tenant = values.tenant;
  const given = values['token-file'] !== undefined || process.env[TOKEN_VARIABLE]?.trim();
  try {
    if (!given && readSession(tenant)) {
      // Signed in: each request carries the session's access token, renewed as it runs out (the placeholder is never sent).
      const session = sessionFetch(tenant, globalThis.fetch);
      const client = createTenantClient(createTenantHttp({ baseUrl: tenant, token: 'signed-in-session', fetch: session.fetch }));
      // The transport reports a fetch that threw as an unreachable tenant; a session that ended or
      // a sessions file held too long by another command is said as it is.
      const call: TenantClient['call'] = (name, input) =>
        client.call(name, input).catch((error: unknown) => {
          throw session.failure() ?? error;
        });
      return { ...client, call };
    }
    const token = readToken(values['token-file'], output);
    return createTenantClient(createTenantHttp({ baseUrl: tenant, token, fetch: globalThis.fetch }));
  } catch (error) {
    throw tenantFailure(error);
  }
}

function readToken(file: string | undefined, output: CliOutput): string {
  if (file === undefined) {
    const token = process.env[TOKEN_VARIABLE]?.trim();
    if (!token) throw new UsageError(`no token: set $${TOKEN_VARIABLE}, give --token-file <file>, or sign in with flowpack login --tenant <url>`);
    return token;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    // As ssh does for keys: a token others can read is a token others may have.
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
      output.stderr(`flowpack: warning: ${printable(file)} can be read by other users; chmod 600 it\n`);
    }
  } catch {
    throw new CommandError(`cannot read the token file ${printable(file)}`);
  }
  const token = text.trim();
  if (token === '') throw new CommandError(`the token file ${printable(file)} is empty`);
  return token;
}

/** A tenant API failure as the one-line message the CLI prints (its messages never hold the token). */
export function tenantFailure(error: unknown): unknown {
  if (error instanceof SignedOut || error instanceof FileLockBusy) return new CommandError(error.message);
  return isTenantApiError(error) ? new CommandError(error.message) : error;
}
