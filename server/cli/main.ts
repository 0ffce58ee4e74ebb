// The `flowpack-tenant` command (server/bin/flowpack-tenant.js): run and administer a tenant server.
// Every language at once, as on each Node entry point: step types answer in any of them synchronously.
import '../../shared/locales/all';
import {
  createTenantCommand,
  createTokenCommand,
  createCiClientCommand,
  forgetKeyCommand,
  listKeysCommand,
  revokeTokenCommand,
  seedDemoCommand,
  serveCommand,
  trustKeyCommand,
  UsageError,
} from './commands';
import { createUserCommand, deactivateUserCommand, grantFeedCommand, inviteUserCommand, listUsersCommand, reactivateUserCommand, revokeFeedCommand, setRoleCommand } from './people-commands';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  serve: serveCommand,
  'create-tenant': createTenantCommand,
  'create-token': createTokenCommand,
  'create-ci-client': createCiClientCommand,
  'revoke-token': revokeTokenCommand,
  'seed-demo': seedDemoCommand,
  'trust-key': trustKeyCommand,
  'forget-key': forgetKeyCommand,
  'list-keys': listKeysCommand,
  'create-user': createUserCommand,
  'invite-user': inviteUserCommand,
  'set-role': setRoleCommand,
  'grant-feed': grantFeedCommand,
  'revoke-feed': revokeFeedCommand,
  'deactivate-user': deactivateUserCommand,
  'reactivate-user': reactivateUserCommand,
  'list-users': listUsersCommand,
};

const HELP = `Usage: flowpack-tenant <command> [options]

  serve [--port 8787] [--host 127.0.0.1] [--public-url <url>] [--data <dir>]
                                                          Run the tenant API (--public-url: the address people
                                                          sign in at, when not the one it listens on)
  create-tenant --name <n> --profile <p>                  Create a tenant; prints its id and first admin token
  create-token --tenant <id> --scopes <list> [--expires <days>] [--label <text>] [--user <email>]
                                                          Create a token (scopes comma-separated; the label,
                                                          1-80 characters, names who holds it). With --user
                                                          it is that person's: it acts within their role
                                                          (--scopes may then be left out)
  create-ci-client --tenant <id> --scopes <list> --label <text>
                                                          A client for CI's client-credentials grant; prints its
                                                          id and secret once (it acts as a token of its own)
  revoke-token <token id>                                 Revoke a token at once
  seed-demo --tenant <id>                                 Fill a demo catalog and a few flows
  trust-key --tenant <id> <file.pub>                      Trust a signing key (flowpack keygen writes
                                                          <name>.key.pub): from then on the tenant imports
                                                          a shared pack only when a key it trusts signed it
  forget-key --tenant <id> <fingerprint>                  Stop trusting a key (with none left, no
                                                          signature is asked for)
  list-keys --tenant <id>                                 The keys the tenant trusts, with fingerprints
  create-user --tenant <id> --email <e> --name <n> --role <owner|admin|editor|viewer> [--password-file <f>]
                                                          Add a person; the password is read from the file,
                                                          else from standard input (never the command line)
  invite-user --tenant <id> --email <e> --name <n> --role <r> --url <tenant address>
                                                          Add a person without a password; prints a one-time
                                                          link (7 days) at which they choose one
  set-role --tenant <id> --email <e> --role <r>           Change a person's role
  grant-feed --tenant <id> --email <e> --by <e>           Authorise a person to publish to the client feed;
  revoke-feed --tenant <id> --email <e> --by <e>          --by is the owner or admin who decides it
  deactivate-user --tenant <id> --email <e>               Deactivate a person: their tokens and signed-in
                                                          sessions end at once, for good
  reactivate-user --tenant <id> --email <e>               Let a deactivated person sign in again (the tokens
                                                          they held stay revoked)
  list-users --tenant <id>                                The tenant's people, roles and grants

Every command takes --data <dir> (default ./flowpack-tenant-data, an embedded PGlite database),
or uses the PostgreSQL server of DATABASE_URL when that is set. PGlite serves one process at a
time: stop \`serve\` before running another command on the same --data directory.

serve reads LOG_LEVEL (default info), FLOWPACK_DEADLINE_POLLING_SECONDS (how often it looks for
waits whose deadline came, default 1) and FLOWPACK_DEADLINE_EXPIRY_SECONDS (how long working one
may take before another process retries it, default 300).
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    await command(args);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`flowpack-tenant ${name}: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  }
}

const status = await main(process.argv.slice(2));
// `serve` keeps running; every other command ends here.
if (process.argv[2] !== 'serve' || status !== 0) process.exit(status);
