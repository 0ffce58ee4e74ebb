import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { buildOpenApiDocument } from '../../shared/tenant-api/openapi';
import { bearerToken, hashToken } from '../auth/token-secret';
import type { Db } from '../store/database';
import { ApiError, RateLimited, toApiError } from './api-error';
import { AuthFailureLimiter } from './auth-failures';
import type { AuthFailureLimit } from './auth-failures';
import { registerJsonBodyParser } from './json-body';
import { loggableError } from './loggable-error';
import { ReadCache } from './read-cache';
import { registerRoutes } from './register-routes';
import type { ServerHooks } from './server-hooks';
import { JobEngine } from '../runs/job-engine';
import type { DeadlineJob, JobSql } from '../runs/job-engine';
import { EventBatches } from '../runs/event-batches';
import { handleEvents, runDeadline } from '../runs/flow-runs';
import { withoutInvitationSecret } from '../oidc/invitation-path';
import { registerOidc } from '../oidc/oidc-routes';
import type { OidcOptions } from '../oidc/oidc-routes';

export interface AppOptions {
  db: Db;
  /** The clock; tests set it (token expiry, lifecycle). */
  now?: () => Date;
  /** Requests per token per window (default 600 a minute). */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Failed authentications per client address before it is answered 429 (default 30 a minute). */
  authFailureLimit?: AuthFailureLimit;
  /** Largest accepted request body (default 5 MiB). */
  maxRequestBytes?: number;
  /** Fastify's logger option: false in tests, pino settings when serving. */
  logger?: FastifyServerOptions['logger'];
  version?: string;
  /** Test hooks (server/api/server-hooks.ts); never set in production. */
  hooks?: ServerHooks;
  /**
   * The database's change notifications (Database.onTenantChange). Given, the catalog and
   * flow-list answers are cached per tenant until it changes; left out, nothing is cached.
   */
  onTenantChange?: (listener: (tenantId: string) => void) => Promise<() => Promise<void>>;
  /**
   * The store's SQL for the job engine (Database.jobSql). Given, the server runs flows: events
   * enrol and resume runs, and this process works waits' deadlines as they fall due.
   */
  jobSql?: JobSql;
  /** How often this process looks for due deadlines, in seconds (default 1; tests poll faster). */
  deadlinePollingSeconds?: number;
  /** How long a deadline being worked may take before another process retries it, in seconds (job-engine.ts). */
  deadlineExpirySeconds?: number;
  /** The sign-in provider's settings (server/oidc/oidc-routes.ts); its issuer defaults to the address the server listens on. */
  signIn?: Omit<OidcOptions, 'db' | 'now'>;
}

/**
 * Log settings that never let a token out: the Authorization header is censored wherever
 * pino would print request headers.
 */
export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'headers.authorization', 'request.headers.authorization'];

/**
 * A request as the log shows it: Fastify's own fields, with an invitation link's secret left
 * out of the address (the link is a password until it is used).
 */
function loggedRequest(request: FastifyRequest) {
  return { method: request.method, url: withoutInvitationSecret(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

/** The rate-limit key: the token's hash (never the token), or the address for requests without one. */
function rateLimitKey(authorization: string | undefined, ip: string): string {
  const token = bearerToken(authorization);
  return token ? `token:${hashToken(token)}` : `ip:${ip}`;
}

/** The tenant API as a Fastify app, not yet listening. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const maxRequestBytes = options.maxRequestBytes ?? 5 * 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: typeof options.logger === 'object' ? { serializers: { req: loggedRequest }, ...options.logger } : (options.logger ?? false),
    bodyLimit: maxRequestBytes,
    trustProxy: false,
    // Fastify's own refusals before routing (a malformed URL escape, an over-long parameter) answer in the API's error shape too.
    frameworkErrors: (error, _request, reply) => {
      void (reply as FastifyReply).code(400).send(new ApiError('bad_request', `${error.message}.`).body());
    },
  });
  registerJsonBodyParser(app);

  app.setErrorHandler((error: unknown, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal') request.log.error({ error: loggableError(error) }, 'request failed');
    return reply.code(apiError.status).send(apiError.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('not_found', `No route ${request.method} ${request.url.split('?')[0]}; see /v1/openapi.json.`);
    return reply.code(404).send(error.body());
  });

  const limit = options.rateLimit ?? { max: 600, timeWindowMs: 60_000 };
  await app.register(rateLimit, {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    keyGenerator: (request) => rateLimitKey(request.headers.authorization, request.ip),
    errorResponseBuilder: (_request, context) => new RateLimited(context.after),
  });

  // Serialised once: the document is large and never changes while the server runs (it cost ~3 ms of CPU a request).
  const openApi = JSON.stringify(buildOpenApiDocument(options.version ?? '1'));
  app.get('/v1/openapi.json', (_request, reply) => reply.type('application/json; charset=utf-8').send(openApi));
  let cache: ReadCache | undefined;
  if (options.onTenantChange) {
    const created = new ReadCache();
    const unlisten = await options.onTenantChange((tenantId) => created.changed(tenantId));
    app.addHook('onClose', async () => unlisten());
    cache = created;
  }
  const jobs = options.jobSql ? await startJobs(app, { ...options, jobSql: options.jobSql }, now) : undefined;
  const events = jobs && new EventBatches((tenant, batch) => options.db.transaction((tx) => handleEvents(tx, { now: now(), jobs }, tenant, batch)));
  const accessTokens = registerOidc(app, { ...options.signIn, db: options.db, now });
  registerRoutes(app, { db: options.db, now, maxRequestBytes, hooks: options.hooks, cache, jobs, events, authFailures: new AuthFailureLimiter(options.authFailureLimit), accessTokens });
  return app;
}

/** The job engine of this process: it schedules deadlines and works those that fall due, until the app closes. */
async function startJobs(app: FastifyInstance, options: AppOptions & { jobSql: JobSql }, now: () => Date): Promise<JobEngine> {
  const { db, hooks } = options;
  const jobs = await JobEngine.start(options.jobSql, {
    pollingIntervalSeconds: options.deadlinePollingSeconds,
    expireInSeconds: options.deadlineExpirySeconds,
    onError: (error) => app.log.error({ error: loggableError(error) }, 'job engine error'),
  });
  app.addHook('onClose', async () => jobs.stop());
  await jobs.work((job: DeadlineJob) =>
    db.transaction(async (tx) => {
      await runDeadline(tx, { now: now(), jobs }, job);
      await hooks?.insideDeadline?.(job.runId);
    }),
  );
  return jobs;
}
