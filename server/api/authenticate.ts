import type { TokenScope } from '../../shared/tenant-api/scopes';
import { bearerToken, hashToken } from '../auth/token-secret';
import type { Db } from '../store/database';
import { findTokenAndTenant } from '../store/tenant-store';
import type { TenantRow, TokenRow } from '../store/tenant-store';
import { ApiError } from './api-error';
import type { FoundToken, ReadCache } from './read-cache';

/** Who is calling: the token, the one tenant it is bound to, and the address the request came from. */
export interface Caller {
  tenant: TenantRow;
  token: TokenRow;
  /** The client's address as the server's socket saw it (the server trusts no proxy header). */
  address: string;
}

/** Why a request was refused as unauthenticated: the answer is the same for each, the audit log and the limiter tell them apart. */
export type RefusalReason = 'missing' | 'unknown' | 'revoked' | 'expired';

/** A 401, with what the server learnt: the token's row and tenant when the token exists but may not be used. */
export class AuthenticationRefused extends ApiError {
  constructor(
    message: string,
    readonly reason: RefusalReason,
    readonly found?: FoundToken,
  ) {
    super('unauthorized', message);
  }
}

/**
 * The token and tenant of a request, or a 401. One message for every kind of bad token
 * (unknown, revoked, expired) so a probe learns nothing about which tokens exist.
 */
export async function identify(db: Db, authorization: string | undefined, now: Date, cache?: ReadCache): Promise<FoundToken> {
  const secret = bearerToken(authorization);
  if (!secret) throw new AuthenticationRefused('Send a tenant token: "Authorization: Bearer <token>".', 'missing');
  const hash = hashToken(secret);
  const found = cache?.token(hash) ?? (await lookUp(db, hash, cache));
  const refused = (reason: RefusalReason) => new AuthenticationRefused('The token is not valid: unknown, revoked or expired.', reason, found);
  if (!found) throw refused('unknown');
  if (found.token.revokedAt) throw refused('revoked');
  if (found.token.expiresAt && found.token.expiresAt <= now) throw refused('expired');
  return found;
}

/** 403 unless the caller's token has `scope` (null: any valid token of the tenant will do). */
export function requireScope(caller: Caller, scope: TokenScope | null): void {
  if (scope && !caller.token.scopes.includes(scope)) throw new ApiError('forbidden', `This token lacks the "${scope}" scope.`);
}

/** The token from the database; kept in the cache (revoked or expired too: those are checked on every use). */
async function lookUp(db: Db, hash: string, cache: ReadCache | undefined) {
  const marker = cache?.changeMarker();
  const found = await findTokenAndTenant(db, hash);
  if (found && cache && marker !== undefined) cache.rememberToken(hash, found, marker);
  return found;
}
