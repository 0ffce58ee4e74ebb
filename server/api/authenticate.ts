import type { TokenScope } from '../../shared/tenant-api/scopes';
import { bearerToken, hashToken } from '../auth/token-secret';
import type { Db } from '../store/database';
import { findTokenAndTenant } from '../store/tenant-store';
import type { TenantRow, TokenRow } from '../store/tenant-store';
import { ApiError } from './api-error';

/** Who is calling: the token and the one tenant it is bound to. */
export interface Caller {
  tenant: TenantRow;
  token: TokenRow;
}

/**
 * The caller of a request, or 401/403. One message for every kind of bad token (unknown,
 * revoked, expired) so a probe learns nothing about which tokens exist.
 */
export async function authenticate(db: Db, authorization: string | undefined, scope: TokenScope | null, now: Date): Promise<Caller> {
  const secret = bearerToken(authorization);
  if (!secret) throw new ApiError('unauthorized', 'Send a tenant token: "Authorization: Bearer <token>".');
  const found = await findTokenAndTenant(db, hashToken(secret));
  const usable = found && !found.token.revokedAt && (!found.token.expiresAt || found.token.expiresAt > now);
  if (!usable) throw new ApiError('unauthorized', 'The token is not valid: unknown, revoked or expired.');
  const { token, tenant } = found;
  if (scope && !token.scopes.includes(scope)) throw new ApiError('forbidden', `This token lacks the "${scope}" scope.`);
  return { tenant, token };
}
