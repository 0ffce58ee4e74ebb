import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Profile } from '../../shared/format/profiles';
import type { TenantLimits } from '../../shared/import/catalog-snapshot';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import { checkTokenLabel, defaultTokenLabel } from '../../shared/tenant-api/token-label';
import { generateToken, newTokenId } from '../auth/token-secret';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { tenants, tokens, users } from './schema';
import type { UserRow } from './user-store';
import type { Role } from '../../shared/tenant-api/roles';

export interface TenantRow {
  id: string;
  name: string;
  profile: Profile;
  limits: TenantLimits;
  createdAt: Date;
}

export interface TokenRow {
  id: string;
  tenantId: string;
  label: string;
  scopes: TokenScope[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** The person the token belongs to; null for a machine token. */
  userId: string | null;
}

/** A token as created: `token` is the secret, returned this once and never stored. */
export interface IssuedToken {
  id: string;
  token: string;
  label: string;
  scopes: TokenScope[];
  expiresAt: Date | null;
}

export async function getTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
  return row && { ...row, profile: row.profile as Profile, limits: row.limits as TenantLimits };
}

/** The label of the token create-tenant issues, until someone issues labelled tokens of their own. */
export const FIRST_TOKEN_LABEL = 'first admin token';

/** What a new token is: its tenant, scopes, expiry, and optionally who holds it (else {@link defaultTokenLabel}). */
export interface TokenInput {
  tenantId: string;
  scopes: TokenScope[];
  expiresAt: Date | null;
  label?: string | undefined;
  /** The person it belongs to (a person of the same tenant; the store refuses any other). */
  userId?: string | null | undefined;
  now: Date;
}

/** Creates a tenant with a first token holding every scope (the tenant's admin token). */
export async function createTenant(db: Db, input: { name: string; profile: Profile; limits?: TenantLimits; now: Date }): Promise<{ tenant: TenantRow; token: IssuedToken }> {
  return db.transaction(async (tx) => {
    const tenant: TenantRow = { id: randomUUID(), name: input.name, profile: input.profile, limits: input.limits ?? {}, createdAt: input.now };
    await tx.insert(tenants).values(tenant);
    await recordAudit(tx, { tenantId: tenant.id, tokenId: null, clientAddress: null, action: 'tenant.create', targetId: tenant.id, detail: { name: tenant.name, profile: tenant.profile }, now: input.now });
    const token = await insertToken(tx, { tenantId: tenant.id, scopes: [...TOKEN_SCOPES], expiresAt: null, label: FIRST_TOKEN_LABEL, now: input.now });
    return { tenant, token };
  });
}

export async function createToken(db: Db, input: TokenInput): Promise<IssuedToken> {
  return db.transaction((tx) => insertToken(tx, input));
}

async function insertToken(tx: Db, input: TokenInput): Promise<IssuedToken> {
  const { token, hash } = generateToken();
  const id = newTokenId();
  const label = tokenLabel(input.label, id);
  const userId = input.userId ?? null;
  await tx.insert(tokens).values({ id, tenantId: input.tenantId, hash, label, scopes: input.scopes, createdAt: input.now, expiresAt: input.expiresAt, userId });
  const detail = { label, scopes: input.scopes, expiresAt: input.expiresAt?.toISOString() ?? null, ...(userId ? { userId } : {}) };
  await recordAudit(tx, { tenantId: input.tenantId, tokenId: null, clientAddress: null, action: 'token.create', targetId: id, detail, now: input.now });
  return { id, token, label, scopes: input.scopes, expiresAt: input.expiresAt };
}

/** The label to store: the one given, trimmed (callers check it first and say what is wrong), else the default. */
function tokenLabel(given: string | undefined, id: string): string {
  if (given === undefined) return defaultTokenLabel(id);
  const checked = checkTokenLabel(given);
  if (!checked.ok) throw new TypeError(`The token label ${checked.problem}.`);
  return checked.label;
}

/** Revokes a token; false when there is no such token or it was already revoked. */
export async function revokeToken(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(tokens).where(eq(tokens.id, id));
    if (!row || row.revokedAt) return false;
    await tx.update(tokens).set({ revokedAt: now }).where(and(eq(tokens.id, id)));
    await recordAudit(tx, { tenantId: row.tenantId, tokenId: null, clientAddress: null, action: 'token.revoke', targetId: id, now });
    return true;
  });
}

/**
 * The token with this hash, its tenant and its person in one query (every request asks this
 * first, so it is one round trip to the store, not three). Revoked or expired tokens and
 * deactivated people included; the caller decides.
 */
export async function findTokenAndTenant(db: Db, hash: string): Promise<{ token: TokenRow; tenant: TenantRow; user: UserRow | null } | undefined> {
  return findTokenWhere(db, eq(tokens.hash, hash));
}

/** As {@link findTokenAndTenant}, by the token's id: a signed-in session names its token row (server/oidc/session-tokens.ts). */
export async function findTokenAndTenantById(db: Db, id: string): Promise<{ token: TokenRow; tenant: TenantRow; user: UserRow | null } | undefined> {
  return findTokenWhere(db, eq(tokens.id, id));
}

async function findTokenWhere(db: Db, condition: ReturnType<typeof eq>): Promise<{ token: TokenRow; tenant: TenantRow; user: UserRow | null } | undefined> {
  const [row] = await db
    .select({
      token: { id: tokens.id, tenantId: tokens.tenantId, label: tokens.label, scopes: tokens.scopes, createdAt: tokens.createdAt, expiresAt: tokens.expiresAt, revokedAt: tokens.revokedAt, userId: tokens.userId },
      tenant: { id: tenants.id, name: tenants.name, profile: tenants.profile, limits: tenants.limits, createdAt: tenants.createdAt },
      user: { id: users.id, tenantId: users.tenantId, email: users.email, name: users.name, role: users.role, mayPublishToFeed: users.mayPublishToFeed, createdAt: users.createdAt, deactivatedAt: users.deactivatedAt },
    })
    .from(tokens)
    .innerJoin(tenants, eq(tenants.id, tokens.tenantId))
    .leftJoin(users, and(eq(users.tenantId, tokens.tenantId), eq(users.id, tokens.userId)))
    .where(condition);
  if (!row) return undefined;
  return {
    token: { ...row.token, scopes: row.token.scopes as TokenScope[] },
    tenant: { ...row.tenant, profile: row.tenant.profile as Profile, limits: row.tenant.limits as TenantLimits },
    user: row.user ? { ...row.user, role: row.user.role as Role } : null,
  };
}
