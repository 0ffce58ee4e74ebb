import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../shared/tenant-api/roles';
import { hashToken } from '../auth/token-secret';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { invitations, tenants, users } from './schema';
import { createUser, PersonRefused, userColumns } from './user-store';
import type { UserRow } from './user-store';

/** How long an invitation's link works: long enough for a person back from a week away. */
export const INVITATION_DAYS = 7;

/** An invitation made: the person, and the link's secret, shown once (the store keeps its hash). */
export interface Invitation {
  user: UserRow;
  secret: string;
  expiresAt: Date;
}

/**
 * Adds a person without a password and a one-time secret at which they choose one. The secret
 * is 256 random bits, like a token's, so its plain SHA-256 is safe to keep and to look up. A
 * person invited who has not chosen a password yet (their link expired or was lost) is invited
 * again, as they are: a new link, and the old one stops working.
 */
export async function inviteUser(db: Db, input: { tenantId: string; email: string; name: string; role: Role; now: Date }): Promise<Invitation & { again: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ user: userColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(and(eq(users.tenantId, input.tenantId), eq(sql`lower(${users.email})`, input.email.toLowerCase())));
    if (existing && (existing.passwordHash !== null || existing.user.deactivatedAt)) {
      const hint = existing.user.deactivatedAt ? ' (deactivated: reactivate-user lets them sign in again)' : '';
      throw new PersonRefused(`The tenant already has a person with the address ${input.email}${hint}.`);
    }
    const user = existing ? { ...existing.user, role: existing.user.role as Role } : await createUser(tx, { ...input, passwordHash: null });
    if (existing) await tx.delete(invitations).where(and(eq(invitations.tenantId, user.tenantId), eq(invitations.userId, user.id), isNull(invitations.usedAt)));
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(input.now.getTime() + INVITATION_DAYS * 24 * 60 * 60_000);
    await tx.insert(invitations).values({ secretHash: hashToken(secret), tenantId: input.tenantId, userId: user.id, createdAt: input.now, expiresAt });
    await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'user.invite', targetId: user.id, detail: { email: user.email, expiresAt: expiresAt.toISOString() }, now: input.now });
    return { user, secret, expiresAt, again: existing !== undefined };
  });
}

/** What a link's secret is now: open (with the person and tenant it is for), used, expired, or not an invitation at all. */
export type InvitationState =
  | { state: 'open'; user: UserRow; tenantName: string; expiresAt: Date }
  | { state: 'used' }
  | { state: 'expired'; expiresAt: Date }
  | { state: 'unknown' };

async function invitationState(tx: Db, secret: string, now: Date, lock: boolean): Promise<InvitationState> {
  const query = tx
    .select({ user: userColumns, tenantName: tenants.name, expiresAt: invitations.expiresAt, usedAt: invitations.usedAt })
    .from(invitations)
    .innerJoin(users, and(eq(users.tenantId, invitations.tenantId), eq(users.id, invitations.userId)))
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(eq(invitations.secretHash, hashToken(secret)));
  // Two posts of one link at once: the second waits for the first, then finds it used.
  const [row] = lock ? await query.for('update', { of: invitations }) : await query;
  // A deactivated person's link is no invitation any more (deactivation deletes it too, person-access.ts).
  if (!row || row.user.deactivatedAt) return { state: 'unknown' };
  if (row.usedAt) return { state: 'used' };
  if (row.expiresAt <= now) return { state: 'expired', expiresAt: row.expiresAt };
  return { state: 'open', user: { ...row.user, role: row.user.role as Role }, tenantName: row.tenantName, expiresAt: row.expiresAt };
}

export function findInvitation(db: Db, secret: string, now: Date): Promise<InvitationState> {
  return invitationState(db, secret, now, false);
}

/**
 * Sets the invited person's password and spends the link, in one transaction: a link works once.
 * `passwordHash` is made before (scrypt takes a while; no transaction waits on it).
 */
export async function acceptInvitation(db: Db, input: { secret: string; passwordHash: string; now: Date }): Promise<InvitationState> {
  return db.transaction(async (tx) => {
    const found = await invitationState(tx, input.secret, input.now, true);
    if (found.state !== 'open') return found;
    const { user } = found;
    await tx.update(users).set({ passwordHash: input.passwordHash, updatedAt: input.now }).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
    await tx.update(invitations).set({ usedAt: input.now }).where(eq(invitations.secretHash, hashToken(input.secret)));
    await recordAudit(tx, { tenantId: user.tenantId, tokenId: null, clientAddress: null, action: 'user.inviteAccept', targetId: user.id, detail: { email: user.email }, now: input.now });
    return found;
  });
}

/** The people of a tenant still to choose a password, with when their newest link ends (list-users shows it). */
export async function pendingInvitations(db: Db, tenantId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ userId: invitations.userId, expiresAt: invitations.expiresAt })
    .from(invitations)
    .innerJoin(users, and(eq(users.tenantId, invitations.tenantId), eq(users.id, invitations.userId)))
    .where(and(eq(invitations.tenantId, tenantId), isNull(invitations.usedAt), isNull(users.passwordHash)));
  const until = new Map<string, Date>();
  for (const row of rows) if (!until.has(row.userId) || until.get(row.userId)! < row.expiresAt) until.set(row.userId, row.expiresAt);
  return until;
}
