import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from './database';
import { invitations, oidcRecords, tokens } from './schema';

/**
 * A signed-in person's account id at the provider: tenant and person together, so a session,
 * a grant and every token made from it belong to one tenant, and a person with the same
 * address on another tenant is another account.
 */
export function accountIdOf(user: { tenantId: string; id: string }): string {
  return `${user.tenantId}:${user.id}`;
}

export function parseAccountId(accountId: string): { tenantId: string; userId: string } | undefined {
  const at = accountId.lastIndexOf(':');
  if (at <= 0 || at === accountId.length - 1) return undefined;
  return { tenantId: accountId.slice(0, at), userId: accountId.slice(at + 1) };
}

/**
 * Ends for good everything a person could act with: their token rows (personal tokens and the
 * rows signed-in sessions act through) are revoked, and the provider's sessions, grants, codes
 * and tokens of their account, with everything of those grants, are deleted, as is any unused
 * invitation link. Deactivation does
 * this so that reactivating the person brings none of it back: a token that leaked while they
 * were away stays dead, and they sign in again. Returns how many of each went.
 */
export async function endPersonAccess(tx: Db, user: { tenantId: string; id: string }, now: Date): Promise<{ tokens: number; sessions: number }> {
  const revoked = await tx
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.tenantId, user.tenantId), eq(tokens.userId, user.id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  // An invitation not yet used would let whoever holds its link in after a reactivation.
  await tx.delete(invitations).where(and(eq(invitations.tenantId, user.tenantId), eq(invitations.userId, user.id), isNull(invitations.usedAt)));
  const accountId = accountIdOf(user);
  const ofAccount = sql`${oidcRecords.payload}->>'accountId' = ${accountId}`;
  const grants = tx.select({ id: oidcRecords.id }).from(oidcRecords).where(and(eq(oidcRecords.model, 'Grant'), ofAccount));
  // An interaction under way names the account in its session or in the sign-in it just finished.
  const inInteraction = or(sql`${oidcRecords.payload}#>>'{session,accountId}' = ${accountId}`, sql`${oidcRecords.payload}#>>'{result,login,accountId}' = ${accountId}`);
  const deleted = await tx
    .delete(oidcRecords)
    .where(or(ofAccount, inArray(oidcRecords.grantId, grants), and(eq(oidcRecords.model, 'Interaction'), inInteraction)))
    .returning({ model: oidcRecords.model });
  return { tokens: revoked.length, sessions: deleted.filter((row) => row.model === 'Session').length };
}
