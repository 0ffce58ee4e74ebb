import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../shared/tenant-api/roles';
import { verifyPassword } from '../auth/password';
import type { Db } from '../store/database';
import { tenants, users } from '../store/schema';
import { parseAccountId } from '../store/person-access';
import { userColumns } from '../store/user-store';
import type { UserRow } from '../store/user-store';

/** A person and their tenant's name, as the sign-in and consent pages need them. */
export interface Account {
  user: UserRow;
  tenantName: string;
}

const columns = {
  user: userColumns,
  tenantName: tenants.name,
  passwordHash: users.passwordHash,
};

const asAccount = (row: { user: Omit<UserRow, 'role'> & { role: string }; tenantName: string }): Account => ({ user: { ...row.user, role: row.user.role as Role }, tenantName: row.tenantName });

/** The active person behind an account id, or undefined (unknown, or deactivated: their sign-in ends with it). */
export async function findActiveAccount(db: Db, accountId: string): Promise<Account | undefined> {
  const ids = parseAccountId(accountId);
  if (!ids) return undefined;
  const [row] = await db
    .select(columns)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.tenantId, ids.tenantId), eq(users.id, ids.userId), isNull(users.deactivatedAt)));
  return row && asAccount(row);
}

/**
 * A hash of a password nobody has, checked when no active person has the address, so a wrong
 * address takes as long as a wrong password and the answer's timing does not tell which
 * addresses have accounts. Same cost as server/auth/password.ts's hashes.
 */
const NOBODY = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * The active people whose address and password these are: one per tenant at most (an address
 * is unique in a tenant), several when the person has accounts on several tenants with this
 * password. Each candidate's hash is checked (scrypt compares in constant time).
 */
export async function accountsMatching(db: Db, email: string, password: string): Promise<Account[]> {
  const rows = await db
    .select(columns)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(sql`lower(${users.email})`, email.trim().toLowerCase()), isNull(users.deactivatedAt)));
  if (rows.length === 0) {
    await verifyPassword(password, NOBODY);
    return [];
  }
  const matches: Account[] = [];
  // A person invited who has not chosen a password yet is refused as a wrong password is, after the same hash.
  for (const row of rows) if (await verifyPassword(password, row.passwordHash ?? NOBODY)) matches.push(asAccount(row));
  return matches;
}
