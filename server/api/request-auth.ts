import type { FastifyReply, FastifyRequest } from 'fastify';
import { effectiveScopes } from '../../shared/tenant-api/roles';
import type { RouteDef } from '../../shared/tenant-api/routes';
import { recordAudit } from '../store/audit-store';
import type { Db } from '../store/database';
import { ApiError } from './api-error';
import type { AuthFailureLimiter } from './auth-failures';
import { AuthenticationRefused, identify, requireScope } from './authenticate';
import type { Caller } from './authenticate';
import { loggableError } from './loggable-error';
import type { ReadCache } from './read-cache';
import type { AccessTokenLookup } from '../oidc/access-tokens';

export interface AuthGuard {
  db: Db;
  now: () => Date;
  limiter: AuthFailureLimiter;
  cache?: ReadCache | undefined;
  /** The sign-in provider's access tokens (absent: only the server's own tokens are accepted). */
  accessTokens?: AccessTokenLookup | undefined;
}

const requestLine = (request: FastifyRequest, route: RouteDef) => `${request.method} ${route.path}`;

/**
 * The caller of a request, checked before its body is read: an address over its budget of
 * failed authentications is answered 429 without its token being looked up; a refused token
 * counts against that budget and is audited in its tenant when it has one (revoked, expired,
 * its person deactivated)
 * or logged with the address when it has none; a token without the route's scope is a 403,
 * audited.
 */
export async function authenticateRequest(guard: AuthGuard, request: FastifyRequest, reply: FastifyReply, route: RouteDef): Promise<Caller> {
  const now = guard.now();
  const address = request.ip;
  const wait = guard.limiter.retryAfterSeconds(address, now.getTime());
  if (wait !== undefined) {
    reply.header('retry-after', String(wait));
    throw new ApiError('rate_limited', `Too many failed authentications from this address; retry in ${wait} second${wait === 1 ? '' : 's'}.`);
  }
  let caller: Caller;
  try {
    const found = await identify(guard.db, request.headers.authorization, now, guard.cache, guard.accessTokens);
    caller = { ...found, scopes: effectiveScopes(found.token.scopes, found.user), address };
  } catch (error) {
    if (error instanceof AuthenticationRefused) {
      guard.limiter.recordFailure(address, now.getTime());
      await noteRefusal(guard, request, route, error, address, now);
    }
    throw error;
  }
  try {
    requireScope(caller, route.scope);
  } catch (error) {
    await auditForbidden(guard, request, route, caller, error);
    throw error;
  }
  return caller;
}

/** A 403 in the caller's tenant's audit log, written on its own: the refused request's work was undone. */
export async function auditForbidden(guard: AuthGuard, request: FastifyRequest, route: RouteDef, caller: Caller, error: unknown): Promise<void> {
  if (!(error instanceof ApiError) || error.code !== 'forbidden') return;
  const detail = { request: requestLine(request, route), reason: error.message };
  await auditQuietly(guard, request, { tenantId: caller.tenant.id, tokenId: caller.token.id, clientAddress: caller.address, action: 'auth.forbidden', targetId: null, detail, now: guard.now() });
}

async function noteRefusal(guard: AuthGuard, request: FastifyRequest, route: RouteDef, refusal: AuthenticationRefused, address: string, now: Date): Promise<void> {
  const detail = { request: requestLine(request, route), reason: refusal.reason };
  if (!refusal.found) {
    // A missing or made-up token names no tenant whose log could hold it; the server log does, bounded by the limiter.
    request.log.warn({ clientAddress: address, ...detail }, 'authentication refused');
    return;
  }
  const { tenant, token } = refusal.found;
  await auditQuietly(guard, request, { tenantId: tenant.id, tokenId: token.id, clientAddress: address, action: 'auth.refused', targetId: token.id, detail, now });
}

/** An audit entry for a refusal; failing to write it must not turn the refusal into a 500. */
async function auditQuietly(guard: AuthGuard, request: FastifyRequest, record: Parameters<typeof recordAudit>[1]): Promise<void> {
  try {
    await recordAudit(guard.db, record);
  } catch (error) {
    request.log.error({ error: loggableError(error) }, 'could not audit a refused request');
  }
}
