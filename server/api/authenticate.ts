import { ROLE_SCOPES } from '../../shared/tenant-api/roles';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { bearerToken, hashToken, isTenantToken } from '../auth/token-secret';
import type { AccessTokenLookup } from '../oidc/access-tokens';
import type { Db } from '../store/database';
import { findTokenAndTenant } from '../store/tenant-store';
import type { TenantRow, TokenRow } from '../store/tenant-store';
import type { UserRow } from '../store/user-store';
import { ApiError } from './api-error';
import type { FoundToken, ReadCache } from './read-cache';

/** Who is calling: the token, the one tenant it is bound to, its person if it has one, and the address the request came from. */
export interface Caller {
  tenant: TenantRow;
  token: TokenRow;
  /** The person the token belongs to (active: a deactivated person's tokens are refused); null for a machine token. */
  user: UserRow | null;
  /**
   * What this request may do: the token's scopes, and for a person's token only those their
   * role allows, with `feed:publish` only while they hold the grant (shared/tenant-api/roles.ts).
   * Every check of what the caller may do reads this, never `token.scopes`.
   */
  scopes: TokenScope[];
  /** The client's address as the server's socket saw it (the server trusts no proxy header). */
  address: string;
}

/** Why a request was refused as unauthenticated: the answer is the same for each, the audit log and the limiter tell them apart. */
export type RefusalReason = 'missing' | 'unknown' | 'revoked' | 'expired' | 'deactivated';

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
 * The token and tenant of a request, or a 401: a personal or machine token of the server's
 * own, or an access token the sign-in provider issued (server/oidc/access-tokens.ts). One message for every kind of bad token
 * (unknown, revoked, expired) so a probe learns nothing about which tokens exist.
 */
export async function identify(db: Db, authorization: string | undefined, now: Date, cache?: ReadCache, accessTokens?: AccessTokenLookup): Promise<FoundToken> {
  const secret = bearerToken(authorization);
  if (!secret) throw new AuthenticationRefused('Send a tenant token: "Authorization: Bearer <token>".', 'missing');
  let found: FoundToken | undefined;
  if (isTenantToken(secret) || !accessTokens) {
    const hash = hashToken(secret);
    found = cache?.token(hash) ?? (await lookUp(db, hash, cache));
  } else {
    // An access token from signing in: the provider's store says whether it is live; its person is checked below like a token's.
    found = await accessTokens(secret);
  }
  const refused = (reason: RefusalReason) => new AuthenticationRefused('The token is not valid: unknown, revoked or expired.', reason, found);
  if (!found) throw refused('unknown');
  // A deactivated person's tokens are revoked too (user-store.ts); the audit says why they stopped.
  if (found.user?.deactivatedAt) throw refused('deactivated');
  if (found.token.revokedAt) throw refused('revoked');
  if (found.token.expiresAt && found.token.expiresAt <= now) throw refused('expired');
  return found;
}

/** 403 unless the caller may use `scope` (null: any valid token of the tenant will do). */
export function requireScope(caller: Caller, scope: TokenScope | null): void {
  if (scope && !caller.scopes.includes(scope)) throw new ApiError('forbidden', missingScopeMessage(caller, scope));
}

/**
 * Why the caller lacks `scope`, in words they can act on: the token was made without it, or
 * (a person's token) the person's role does not allow it or they were not authorised to publish
 * to the client feed.
 */
export function missingScopeMessage(caller: Pick<Caller, 'token' | 'user'>, scope: TokenScope): string {
  const { user } = caller;
  if (!user || !caller.token.scopes.includes(scope)) return `This token lacks the "${scope}" scope.`;
  if (scope === 'feed:publish') return `This token lacks the "${scope}" scope: ${user.name} is not authorised to publish to the client feed (an owner or an admin grants it).`;
  if (!ROLE_SCOPES[user.role].includes(scope)) return `This token lacks the "${scope}" scope: ${user.name}'s role, ${user.role}, does not allow it.`;
  return `This token lacks the "${scope}" scope.`;
}

/** The token from the database; kept in the cache (revoked or expired too: those are checked on every use). */
async function lookUp(db: Db, hash: string, cache: ReadCache | undefined) {
  const marker = cache?.changeMarker();
  const found = await findTokenAndTenant(db, hash);
  if (found && cache && marker !== undefined) cache.rememberToken(hash, found, marker);
  return found;
}
