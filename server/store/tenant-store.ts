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
import { tenants, tokens } from './schema';

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
  await tx.insert(tokens).values({ id, tenantId: input.tenantId, hash, label, scopes: input.scopes, createdAt: input.now, expiresAt: input.expiresAt });
  const detail = { label, scopes: input.scopes, expiresAt: input.expiresAt?.toISOString() ?? null };
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
 * The token with this hash and its tenant in one query (every request asks this first, so it
 * is one round trip to the store, not two). Revoked or expired tokens included; the caller decides.
 */
export async function findTokenAndTenant(db: Db, hash: string): Promise<{ token: TokenRow; tenant: TenantRow } | undefined> {
  const [row] = await db
    .select({
      token: { id: tokens.id, tenantId: tokens.tenantId, label: tokens.label, scopes: tokens.scopes, createdAt: tokens.createdAt, expiresAt: tokens.expiresAt, revokedAt: tokens.revokedAt },
      tenant: { id: tenants.id, name: tenants.name, profile: tenants.profile, limits: tenants.limits, createdAt: tenants.createdAt },
    })
    .from(tokens)
    .innerJoin(tenants, eq(tenants.id, tokens.tenantId))
    .where(eq(tokens.hash, hash));
  if (!row) return undefined;
  return {
    token: { ...row.token, scopes: row.token.scopes as TokenScope[] },
    tenant: { ...row.tenant, profile: row.tenant.profile as Profile, limits: row.tenant.limits as TenantLimits },
  };
}
