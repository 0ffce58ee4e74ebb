import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ActorPerson } from '../../shared/tenant-api/people';
import type { Role } from '../../shared/tenant-api/roles';
import { FEED_GRANTING_ROLES } from '../../shared/tenant-api/roles';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { endPersonAccess } from './person-access';
import { users } from './schema';

/** A person on a tenant, as the server works with one (never with the password hash outside this file and sign-in). */
export interface UserRow {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  mayPublishToFeed: boolean;
  createdAt: Date;
  deactivatedAt: Date | null;
}

/** Why a change to a person was refused: the command line prints it as it is. */
export class PersonRefused extends Error {}

/** A person's columns as UserRow has them (the password hash stays in the store). */
export const userColumns = {
  id: users.id,
  tenantId: users.tenantId,
  email: users.email,
  name: users.name,
  role: users.role,
  mayPublishToFeed: users.mayPublishToFeed,
  createdAt: users.createdAt,
  deactivatedAt: users.deactivatedAt,
};

const asUser = (row: Omit<UserRow, 'role'> & { role: string }): UserRow => ({ ...row, role: row.role as Role });

/** A public identifier for a person (token ownership, audit entries). */
function newUserId(): string {
  return 'usr_' + randomBytes(12).toString('hex');
}

export interface NewUser {
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  /** Null for a person invited to choose their own (invitation-store.ts): they cannot sign in until they do. */
  passwordHash: string | null;
  now: Date;
}

/** Adds a person; refused when the tenant already has one with this address (in any capitalisation). */
export async function createUser(db: Db, input: NewUser): Promise<UserRow> {
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.tenantId, input.email)) throw new PersonRefused(`The tenant already has a person with the address ${input.email}.`);
    const row = { id: newUserId(), tenantId: input.tenantId, email: input.email, name: input.name, role: input.role, mayPublishToFeed: false, createdAt: input.now, deactivatedAt: null };
    await tx.insert(users).values({ ...row, passwordHash: input.passwordHash, updatedAt: input.now });
    const detail = { email: row.email, name: row.name, role: row.role };
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'user.create', targetId: row.id, detail, now: input.now });
    return row;
  });
}

export async function findUserByEmail(db: Db, tenantId: string, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select(userColumns).from(users).where(and(eq(users.tenantId, tenantId), eq(sql`lower(${users.email})`, email.toLowerCase())));
  return row && asUser(row);
}

export async function listUsers(db: Db, tenantId: string): Promise<UserRow[]> {
  const rows = await db.select(userColumns).from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.email));
  return rows.map(asUser);
}

/** The person with this address, active, or a refusal naming what is missing. */
async function activeUser(tx: Db, tenantId: string, email: string): Promise<UserRow> {
  const user = await findUserByEmail(tx, tenantId, email);
  if (!user) throw new PersonRefused(`The tenant has no person with the address ${email}.`);
  if (user.deactivatedAt) throw new PersonRefused(`${email} is deactivated.`);
  return user;
}

/**
 * Refuses to leave a tenant that has an owner without one: demoting or deactivating its last
 * active owner would leave nobody to hand ownership on.
 */
async function keepAnOwner(tx: Db, user: UserRow, doing: string): Promise<void> {
  if (user.role !== 'owner') return;
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, user.tenantId), eq(users.role, 'owner'), isNull(users.deactivatedAt)))
    .for('update');
  if (owners.length <= 1) throw new PersonRefused(`${user.email} is the tenant's only owner: make another person owner before you ${doing} them.`);
}

/** Gives a person another role; their tokens act with it from their next request. */
export async function changeRole(db: Db, input: { tenantId: string; email: string; role: Role; now: Date }): Promise<{ user: UserRow; from: Role }> {
  return db.transaction(async (tx) => {
    const user = await activeUser(tx, input.tenantId, input.email);
    if (input.role !== 'owner') await keepAnOwner(tx, user, 'demote');
    await tx.update(users).set({ role: input.role, updatedAt: input.now }).where(and(eq(users.tenantId, input.tenantId), eq(users.id, user.id)));
    const detail = { email: user.email, from: user.role, to: input.role };
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'user.role', targetId: user.id, detail, now: input.now });
    return { user: { ...user, role: input.role }, from: user.role };
  });
}

/**
 * Grants or takes back a person's client-feed publishing. The platform lets only an
 * administrator or the owner authorise it, so `by` must be an active owner or admin of the
 * same tenant; the audit entry names them.
 */
export async function setFeedPublishing(db: Db, input: { tenantId: string; email: string; by: string; allowed: boolean; now: Date }): Promise<{ user: UserRow; changed: boolean }> {
  return db.transaction(async (tx) => {
    const granter = await activeUser(tx, input.tenantId, input.by);
    if (!FEED_GRANTING_ROLES.includes(granter.role)) {
      throw new PersonRefused(`${granter.email} is ${granter.role === 'editor' ? 'an' : 'a'} ${granter.role}: only an owner or an admin authorises publishing to the client feed.`);
    }
    const user = await activeUser(tx, input.tenantId, input.email);
    if (user.mayPublishToFeed === input.allowed) return { user, changed: false };
    await tx.update(users).set({ mayPublishToFeed: input.allowed, updatedAt: input.now }).where(and(eq(users.tenantId, input.tenantId), eq(users.id, user.id)));
    const detail = { email: user.email, by: { id: granter.id, email: granter.email, name: granter.name } };
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: input.allowed ? 'user.feedGrant' : 'user.feedRevoke', targetId: user.id, detail, now: input.now });
    return { user: { ...user, mayPublishToFeed: input.allowed }, changed: true };
  });
}

/**
 * Deactivates a person: every token of theirs is refused from its next request, in every server
 * process (migration 0011's trigger), and ended for good (person-access.ts): their tokens are
 * revoked and their signed-in sessions deleted, so a reactivation revives none of them.
 */
export async function deactivateUser(db: Db, input: { tenantId: string; email: string; now: Date }): Promise<{ user: UserRow; ended: { tokens: number; sessions: number } }> {
  return db.transaction(async (tx) => {
    const user = await activeUser(tx, input.tenantId, input.email);
    await keepAnOwner(tx, user, 'deactivate');
    await tx.update(users).set({ deactivatedAt: input.now, updatedAt: input.now }).where(and(eq(users.tenantId, input.tenantId), eq(users.id, user.id)));
    const ended = await endPersonAccess(tx, user, input.now);
    const detail = { email: user.email, endedTokens: ended.tokens, endedSessions: ended.sessions };
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'user.deactivate', targetId: user.id, detail, now: input.now });
    return { user: { ...user, deactivatedAt: input.now }, ended };
  });
}

/**
 * Lets a deactivated person sign in again, with the role and feed grant they had. What they held
 * when deactivated stays ended: they sign in again and are given new tokens.
 */
export async function reactivateUser(db: Db, input: { tenantId: string; email: string; now: Date }): Promise<{ user: UserRow; changed: boolean }> {
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.tenantId, input.email);
    if (!user) throw new PersonRefused(`The tenant has no person with the address ${input.email}.`);
    if (!user.deactivatedAt) return { user, changed: false };
    await tx.update(users).set({ deactivatedAt: null, updatedAt: input.now }).where(and(eq(users.tenantId, input.tenantId), eq(users.id, user.id)));
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'user.reactivate', targetId: user.id, detail: { email: user.email }, now: input.now });
    return { user: { ...user, deactivatedAt: null }, changed: true };
  });
}

/** A person as answers name one who acted (name and e-mail beside the id); null for no person. */
export function actorPerson(user: UserRow | null): ActorPerson {
  return user && { id: user.id, name: user.name, email: user.email };
}
