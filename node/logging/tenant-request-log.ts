import { TENANT_ROUTES } from '../../shared/tenant-api/routes';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import type { SupportLog } from './support-log';

interface RoutePattern {
  method: string;
  path: string;
  pattern: RegExp;
}

let patterns: RoutePattern[] | undefined;

/** The tenant API's routes as patterns over a request's path; a tenant may live under a path prefix. */
function routePatterns(): RoutePattern[] {
  patterns ??= Object.values(TENANT_ROUTES)
    .map((route) => ({
      method: route.method,
      path: route.path,
      pattern: new RegExp(`^(?:/.*)?${route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
    }))
    // The longest first: `/v1/flows/{id}/revisions` before `/v1/flows/{id}`.
    .sort((a, b) => b.path.length - a.path.length);
  return patterns;
}

/**
 * A request's route as the tenant API names it (`GET /v1/flows/{id}`), so the log keeps which call it
 * was but neither the ids in its path nor anything of its address beyond that; `other` for a request
 * outside the API (a sign-in provider's).
 */
export function tenantRouteOf(method: string, url: string): string {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const upper = method.toUpperCase();
  const route = routePatterns().find((candidate) => candidate.method === upper && candidate.pattern.test(pathname));
  return route ? route.path : 'other';
}

/**
 * A tenant fetch that writes each request to the support log: its method, route, status and time,
 * or the network failure's code. Never the address's host or query, the headers (the bearer token)
 * or either body (a flow).
 */
export function withTenantRequestLog(fetch: TenantFetch, log: SupportLog, now: () => number = Date.now): TenantFetch {
  return async (url, init) => {
    const started = now();
    const request = { method: init.method.toUpperCase(), route: tenantRouteOf(init.method, url) };
    try {
      const response = await fetch(url, init);
      log.write('tenant-request', { ...request, status: response.status, ms: now() - started });
      return response;
    } catch (error) {
      log.write('tenant-request', { ...request, status: null, ms: now() - started, failure: networkFailureCode(error) });
      throw error;
    }
  };
}

/** A failed request's cause as a code (`ECONNREFUSED`, `AbortError`), never its message. */
function networkFailureCode(error: unknown): string {
  const candidates = [(error as { cause?: { code?: unknown } } | null)?.cause?.code, (error as { code?: unknown } | null)?.code, (error as { name?: unknown } | null)?.name];
  const code = candidates.find((candidate): candidate is string => typeof candidate === 'string' && /^[A-Za-z][A-Za-z0-9_]{1,40}$/.test(candidate));
  return code ?? 'unknown';
}
