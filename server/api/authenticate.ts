import type { TokenScope } from '../../shared/tenant-api/scopes';
import { bearerToken, hashToken } from '../auth/token-secret';
import type { Db } from '../store/database';
import { findTokenAndTenant } from '../store/tenant-store';
import type { TenantRow, TokenRow } from '../store/tenant-store';
import { ApiError } from './api-error';
import type { ReadCache } from './read-cache';

/** Who is calling: the token and the one tenant it is bound to. */
export interface Caller {
  tenant: TenantRow;
  token: TokenRow;
}

/**
 * The caller of a request, or 401/403. One message for every kind of bad token (unknown,
 * revoked, expired) so a probe learns nothing about which tokens exist.
 */
export async function authenticate(db: Db, authorization: string | undefined, scope: TokenScope | null, now: Date, cache?: ReadCache): Promise<Caller> {
  const secret = bearerToken(authorization);
  if (!secret) throw new ApiError('unauthorized', 'Send a tenant token: "Authorization: Bearer <token>".');
  const hash = hashToken(secret);
  const found = cache?.token(hash) ?? (await lookUp(db, hash, cache));
  const usable = found && !found.token.revokedAt && (!found.token.expiresAt || found.token.expiresAt > now);
  if (!usable) throw new ApiError('unauthorized', 'The token is not valid: unknown, revoked or expired.');
  const { token, tenant } = found;
  if (scope && !token.scopes.includes(scope)) throw new ApiError('forbidden', `This token lacks the "${scope}" scope.`);
  return { tenant, token };
}

/** The token from the database; kept in the cache (revoked or expired too: those are checked on every use). */
async function lookUp(db: Db, hash: string, cache: ReadCache | undefined) {
  const marker = cache?.changeMarker();
  const found = await findTokenAndTenant(db, hash);
  if (found && cache && marker !== undefined) cache.rememberToken(hash, found, marker);
  return found;
}
