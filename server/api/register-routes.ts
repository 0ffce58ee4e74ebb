import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { TENANT_ROUTES } from '../../shared/tenant-api/routes';
import type { RouteDef, RouteName } from '../../shared/tenant-api/routes';
import type { Db } from '../store/database';
import { ApiError } from './api-error';
import type { AuthFailureLimiter } from './auth-failures';
import type { Caller } from './authenticate';
import type { Handler, HandlerContext } from './handler-types';
import { HANDLERS } from './handlers';
import { refuseNulCharacters } from './nul-characters';
import type { ReadCache } from './read-cache';
import type { AccessTokenLookup } from '../oidc/access-tokens';
import { auditForbidden, authenticateRequest } from './request-auth';
import type { ServerHooks } from './server-hooks';
import type { EventBatches } from '../runs/event-batches';
import type { JobEngine } from '../runs/job-engine';
import { runWithProgress } from './progress-reply';
import { acceptsProgressStream } from '../../shared/tenant-api/progress-stream';
import { revisionEtag } from '../../shared/tenant-api/etag';

export interface RouteOptions {
  db: Db;
  now: () => Date;
  maxRequestBytes: number;
  hooks?: ServerHooks | undefined;
  /** The job engine that keeps waits' deadlines; absent, this server runs no flows. */
  jobs?: JobEngine | undefined;
  events?: EventBatches | undefined;
  /** Serialised answers of the hot reads, kept until the tenant changes (read-cache.ts). */
  cache?: ReadCache | undefined;
  /** Failed authentications per client address (auth-failures.ts). */
  authFailures: AuthFailureLimiter;
  /** The sign-in provider's access tokens, accepted beside the server's own tokens. */
  accessTokens?: AccessTokenLookup | undefined;
}

/**
 * The reads whose answers are cached, and when an answer may be: a flow list holding a paused
 * journey depends on the clock (three months paused reads as finalized), so it is not kept.
 */
const CACHED_READS: Partial<Record<RouteName, (body: unknown) => boolean>> = {
  getCatalog: () => true,
  listFlows: (body) => !(body as { flows: { status: string }[] }).flows.some((flow) => flow.status === 'paused'),
};
/**
 * Writes that change nothing a cached read answers (a platform event writes runs and their
 * counters, never a flow, the catalog or a token): they leave the tenant's cache as it is, so
 * a stream of events does not make every request look its token up again.
 */
const LEAVES_CACHED_READS: ReadonlySet<RouteName> = new Set<RouteName>(['postEvent']);
const JSON_TYPE = 'application/json; charset=utf-8';

/** `/v1/flows/{id}` -> `/v1/flows/:id` (OpenAPI's path syntax to Fastify's). */
const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return where === 'body' ? undefined : {};
  // The body was checked as it was read (json-body.ts).
  if (where !== 'body') refuseNulCharacters(value, where);
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `${[where, ...issue.path].join('.')}: ${issue.message}`).join('; ');
  throw new ApiError('bad_request', `Invalid request ${details}.`);
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Registers every route of the shared table: authenticate and check the scope, parse the
 * inputs with the route's zod schemas, run the handler, answer with its status (and ETag).
 */
export function registerRoutes(app: FastifyInstance, options: RouteOptions): void {
  const guard = { db: options.db, now: options.now, limiter: options.authFailures, cache: options.cache, accessTokens: options.accessTokens };
  // Each request's caller, known from its onRequest hook: a request is authenticated before its body is read.
  const callers = new WeakMap<FastifyRequest, Caller>();
  for (const [name, def] of Object.entries(TENANT_ROUTES) as [RouteName, RouteDef][]) {
    const handler = HANDLERS[name] as unknown as Handler<RouteDef>;
    const cache = options.cache;
    const keepable = cache ? CACHED_READS[name] : undefined;
    app.route({
      method: def.method,
      url: fastifyPath(def.path),
      onRequest: async (request, reply) => {
        callers.set(request, await authenticateRequest(guard, request, reply, def));
      },
      handler: async (request, reply) => {
        const now = options.now();
        const caller = callers.get(request)!;
        const tenantId = caller.tenant.id;
        // Taken before reading: an answer computed across a change is stored under the old generation, never served.
        const generation = cache?.generation(tenantId) ?? 0;
        if (keepable) {
          const hit = cache!.get(tenantId, generation, request.url);
          if (hit !== undefined) return reply.code(def.status).type(JSON_TYPE).send(hit);
        }
        const input = {
          params: parse(def.params, request.params, 'path'),
          query: parse(def.query, request.query, 'query'),
          body: parse(def.body, request.body, 'body'),
        } as Parameters<Handler<RouteDef>>[0];
        const ctx = { db: options.db, caller, now, ifMatch: header(request, 'if-match'), maxRequestBytes: options.maxRequestBytes, idempotencyKey: header(request, 'idempotency-key'), hooks: options.hooks, jobs: options.jobs, events: options.events };
        const run = async (progress?: HandlerContext['progress']) => {
          try {
            return await handler(input, { ...ctx, progress });
          } catch (error) {
            await auditForbidden(guard, request, def, caller, error);
            throw error;
          }
        };
        const outcome = def.progress && acceptsProgressStream(header(request, 'accept'))
          ? await runWithProgress(request, reply, def.status, (progress) => run(progress))
          : { streamed: false as const, result: await run() };
        // A write of this process is seen by its next read at once, before the database's notification arrives.
        if (def.method !== 'GET' && !LEAVES_CACHED_READS.has(name)) cache?.changed(tenantId);
        if (outcome.streamed) return reply;
        const { result } = outcome;
        if (def.etag && result.revision !== undefined) reply.header('etag', revisionEtag(result.revision));
        if (keepable?.(result.body)) {
          const body = Buffer.from(JSON.stringify(result.body));
          cache!.set(tenantId, generation, request.url, body);
          return reply.code(def.status).type(JSON_TYPE).send(body);
        }
        return reply.code(def.status).send(result.body);
      },
    });
  }
}
