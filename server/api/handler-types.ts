import type { RouteDef, RouteInput, RouteName, RouteOutput, TenantRoutes } from '../../shared/tenant-api/routes';
import type { Db } from '../store/database';
import type { Caller } from './authenticate';
import type { ServerHooks } from './server-hooks';
import type { EventBatches } from '../runs/event-batches';
import type { JobEngine } from '../runs/job-engine';

/** What every handler gets besides its parsed input. */
export interface HandlerContext {
  db: Db;
  caller: Caller;
  now: Date;
  /** The raw If-Match header (routes with `ifMatch` read it through expectedRevision). */
  ifMatch: string | undefined;
  maxRequestBytes: number;
  /** The raw Idempotency-Key header (routes with `idempotencyKey` read it through idempotencyKeyOf). */
  idempotencyKey?: string | undefined;
  /** Set when the client asked for a progress stream on a route that reports progress (progress-reply.ts). */
  progress?: ((event: unknown) => Promise<void>) | undefined;
  /** Points where tests stop or slow the server (never set in production). */
  hooks?: ServerHooks | undefined;
  /** The job engine that keeps waits' deadlines; absent, this server runs no flows. */
  jobs?: JobEngine | undefined;
  /** Platform events written in batches, one transaction per batch (present with the job engine). */
  events?: EventBatches | undefined;
}

/** A handler's answer: the success body, and for routes with `etag` the revision it is at. */
export interface HandlerResult<R extends RouteDef> {
  body: RouteOutput<R>;
  revision?: number;
}

export type Handler<R extends RouteDef> = (input: RouteInput<R>, ctx: HandlerContext) => Promise<HandlerResult<R>>;

/** One handler per route of the table: a route without one does not compile. */
export type Handlers = { [K in RouteName]: Handler<TenantRoutes[K]> };
