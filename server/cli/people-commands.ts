// The commands that manage people on a tenant: create-user, set-role, grant-feed, revoke-feed,
// invite-user, deactivate-user, reactivate-user, list-users (docs/TENANT-API.md, People and roles).
import { parseArgs } from 'node:util';
import { checkPersonName } from '../../shared/tenant-api/people';
import { ROLES, roleSchema } from '../../shared/tenant-api/roles';
import type { Role } from '../../shared/tenant-api/roles';
import { hashPassword } from '../auth/password';
import { inviteUser, pendingInvitations } from '../store/invitation-store';
import { INVITATION_PATH } from '../oidc/invitation-path';
import { getTenant } from '../store/tenant-store';
import type { Db } from '../store/database';
import { changeRole, createUser, deactivateUser, listUsers, PersonRefused, reactivateUser, setFeedPublishing } from '../store/user-store';
import { checkedEmail, checkedPublicUrl, DATA, required, withStore } from './commands';
import { readNewPassword } from './read-password';
import { UsageError } from './usage-error';

const TENANT = { tenant: { type: 'string' } } as const;
const PERSON = { ...DATA, ...TENANT, email: { type: 'string' } } as const;

function checkedRole(value: string | undefined): Role {
  const role = required(value, '--role');
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) throw new UsageError(`--role must be one of ${ROLES.join(', ')}; got "${role}".`);
  return parsed.data;
}

/** Runs `body` on the store for an existing tenant; a refused change reads as a usage error, with its reason. */
async function onTenant<T>(data: string | undefined, tenantId: string, body: (db: Db) => Promise<T>): Promise<T> {
  return withStore(data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    try {
      return await body(db);
    } catch (error) {
      throw error instanceof PersonRefused ? new UsageError(error.message) : error;
    }
  });
}

/**
 * `create-user --tenant <id> --email <e> --name <n> --role <r> [--password-file <f>]`: the
 * password comes from the file or standard input, never the command line, and is hashed
 * before the store is opened (server/auth/password.ts).
 */
export async function createUserCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...PERSON, name: { type: 'string' }, role: { type: 'string' }, 'password-file': { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const name = checkPersonName(values.name ?? '');
  if (!name.ok) throw new UsageError(`--name ${name.problem}.`);
  const role = checkedRole(values.role);
  const passwordHash = await hashPassword(await readNewPassword(values['password-file']));
  const user = await onTenant(values.data, tenantId, (db) => createUser(db, { tenantId, email, name: name.value, role, passwordHash, now: new Date() }));
  process.stdout.write(
    `Person ${user.id}: ${user.name} <${user.email}>, ${user.role}. Not authorised to publish to the client feed (grant-feed authorises them).\n` +
      `create-token --tenant ${tenantId} --user ${user.email} makes them a token.\n`,
  );
}

/**
 * `invite-user --tenant <id> --email <e> --name <n> --role <r> --url <tenant address>`: adds the
 * person without a password and prints a one-time link at which they choose one. The command
 * opens the store, not the server, so it cannot know the address people reach the server at:
 * `--url` says it (the `serve --public-url`). Run again for a person who has not chosen a
 * password yet, it makes them a new link (the earlier one stops working).
 */
export async function inviteUserCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...PERSON, name: { type: 'string' }, role: { type: 'string' }, url: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const name = checkPersonName(values.name ?? '');
  if (!name.ok) throw new UsageError(`--name ${name.problem}.`);
  const role = checkedRole(values.role);
  const base = checkedPublicUrl(required(values.url, '--url'), '--url')!;
  const { user, secret, expiresAt, again } = await onTenant(values.data, tenantId, (db) => inviteUser(db, { tenantId, email, name: name.value, role, now: new Date() }));
  process.stdout.write(
    `Person ${user.id}: ${user.name} <${user.email}>, ${user.role}, invited ${again ? 'again (their earlier link no longer works) ' : ''}until ${expiresAt.toISOString()}.\n` +
      `Send them this link (it works once; shown only now): they choose their password there, then sign in.\n` +
      `${base}${INVITATION_PATH}/${secret}\n`,
  );
}

/** `set-role --tenant <id> --email <e> --role <r>`: their tokens act with the new role from their next request. */
export async function setRoleCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...PERSON, role: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const role = checkedRole(values.role);
  const { user, from } = await onTenant(values.data, tenantId, (db) => changeRole(db, { tenantId, email, role, now: new Date() }));
  process.stdout.write(from === role ? `${user.email} already is ${role}.\n` : `${user.email} is now ${role} (was ${from}).\n`);
}

/**
 * `grant-feed` / `revoke-feed --tenant <id> --email <e> --by <owner or admin e-mail>`: only an
 * owner or an admin authorises a person to publish to the client feed, and the audit log
 * names who did.
 */
export const grantFeedCommand = (args: string[]) => feedCommand(args, true);
export const revokeFeedCommand = (args: string[]) => feedCommand(args, false);

async function feedCommand(args: string[], allowed: boolean): Promise<void> {
  const { values } = parseArgs({ args, options: { ...PERSON, by: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const by = checkedEmail(required(values.by, '--by'), '--by');
  const { user, changed } = await onTenant(values.data, tenantId, (db) => setFeedPublishing(db, { tenantId, email, by, allowed, now: new Date() }));
  const state = allowed ? 'may publish to the client feed' : 'may not publish to the client feed';
  process.stdout.write(changed ? `${user.email} ${state} now (by ${by}).\n` : `${user.email} already ${state}.\n`);
}

/**
 * `deactivate-user --tenant <id> --email <e>`: every token of theirs is refused from its next
 * request, and ended for good with their signed-in sessions (reactivate-user brings none back).
 */
export async function deactivateUserCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: PERSON });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const { user, ended } = await onTenant(values.data, tenantId, (db) => deactivateUser(db, { tenantId, email, now: new Date() }));
  process.stdout.write(`${user.email} is deactivated: ${countOf(ended.tokens, 'token')} revoked and ${countOf(ended.sessions, 'signed-in session')} ended, for good (reactivate-user lets them sign in again, not use these).\n`);
}

/** `reactivate-user --tenant <id> --email <e>`: the person may sign in again; what deactivation ended stays ended. */
export async function reactivateUserCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: PERSON });
  const tenantId = required(values.tenant, '--tenant');
  const email = checkedEmail(required(values.email, '--email'), '--email');
  const { user, changed } = await onTenant(values.data, tenantId, (db) => reactivateUser(db, { tenantId, email, now: new Date() }));
  process.stdout.write(
    changed ? `${user.email} is active again as ${user.role}: they may sign in; the tokens they held before stay revoked (create-token makes new ones).\n` : `${user.email} is already active.\n`,
  );
}

const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `list-users --tenant <id>`: each person with role, feed grant, a pending invitation and whether active. */
export async function listUsersCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, ...TENANT } });
  const tenantId = required(values.tenant, '--tenant');
  const { people, invited } = await onTenant(values.data, tenantId, async (db) => ({ people: await listUsers(db, tenantId), invited: await pendingInvitations(db, tenantId) }));
  if (people.length === 0) {
    process.stdout.write('No people yet: create-user adds one.\n');
    return;
  }
  for (const user of people) {
    const until = invited.get(user.id);
    const notes = [
      user.role,
      user.mayPublishToFeed ? 'may publish to the client feed' : null,
      until ? `invited (until ${until.toISOString()})` : null,
      user.deactivatedAt ? `deactivated ${user.deactivatedAt.toISOString()}` : null,
    ];
    process.stdout.write(`${user.email}  ${user.name}  (${notes.filter((note) => note !== null).join(', ')})\n`);
  }
}
