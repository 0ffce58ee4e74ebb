import type { z } from 'zod';
import { auditListSchema, auditQuerySchema } from './audit';
import {
  catalogResponseSchema,
  createCustomFieldBodySchema,
  createdCustomFieldSchema,
  createdTagSchema,
  createTagBodySchema,
} from './catalog';
import type { ApiErrorCode } from './errors';
import { flowActionParamsSchema, flowActionResultSchema } from './flow-actions';
import { flowStatsSchema } from './flow-stats';
import {
  createFlowBodySchema,
  deletedFlowSchema,
  flowDetailSchema,
  flowIdParamsSchema,
  flowListQuerySchema,
  flowListSchema,
  flowRevisionDetailSchema,
  flowRevisionListSchema,
  flowRevisionParamsSchema,
  updateFlowBodySchema,
} from './flows';
import { createImportBodySchema, importIdParamsSchema, importProgressSchema, importReportSchema } from './imports';
import { eventResultSchema, flowRunListSchema, flowRunsQuerySchema, platformEventSchema } from './runs';
import type { TokenScope } from './scopes';
import { tenantInfoSchema } from './tenant';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One route of the tenant API. The server registers its handlers from these and the
 * OpenAPI document is generated from them, so the two cannot drift apart.
 */
export interface RouteDef {
  method: Method;
  /** OpenAPI-style path (`/v1/flows/{id}`). */
  path: string;
  summary: string;
  /** The scope the token needs; null: any valid token of the tenant. */
  scope: TokenScope | null;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** `If-Match: "<revision>"` is required (428 without, 412 when stale). */
  ifMatch?: boolean;
  /**
   * `Idempotency-Key`: one key is applied once (400 when malformed). `true`: required (428
   * without); `'optional'`: taken when sent, each request without one is handled anew.
   */
  idempotencyKey?: boolean | 'optional';
  /** The success status and body. */
  status: 200 | 201;
  response: z.ZodType;
  /** The success response carries `ETag: "<revision>"`. */
  etag?: boolean;
  /** With `Accept: application/x-ndjson` the route reports these while it works (progress-stream.ts). */
  progress?: z.ZodType;
  /** Errors this route answers with besides those every route may (see {@link COMMON_ERRORS}). */
  errors: readonly ApiErrorCode[];
}

/** Errors any authenticated route may answer with. */
export const COMMON_ERRORS: readonly ApiErrorCode[] = ['bad_request', 'unauthorized', 'forbidden', 'payload_too_large', 'rate_limited', 'internal'];

const route = <const R extends RouteDef>(def: R): R => def;

/** The tenant API, version 1 (docs/TENANT-API.md, Routes). */
export const TENANT_ROUTES = {
  getTenant: route({ method: 'GET', path: '/v1/tenant', summary: 'Tenant info, limits and the calling token', scope: null, status: 200, response: tenantInfoSchema, errors: [] }),
  getCatalog: route({
    method: 'GET',
    path: '/v1/catalog',
    summary: 'The entity catalog as an offline planning snapshot (never secrets)',
    scope: 'flows:read',
    status: 200,
    response: catalogResponseSchema,
    errors: [],
  }),
  createTag: route({
    method: 'POST',
    path: '/v1/catalog/tags',
    summary: 'Create a tag (answers with the existing one of the same name)',
    scope: 'catalog:write',
    body: createTagBodySchema,
    status: 201,
    response: createdTagSchema,
    errors: [],
  }),
  createCustomField: route({
    method: 'POST',
    path: '/v1/catalog/custom-fields',
    summary: 'Create a custom field',
    scope: 'catalog:write',
    body: createCustomFieldBodySchema,
    status: 201,
    response: createdCustomFieldSchema,
    errors: ['conflict'],
  }),
  listFlows: route({
    method: 'GET',
    path: '/v1/flows',
    summary: 'List flows, filtered by status, folder or text',
    scope: 'flows:read',
    query: flowListQuerySchema,
    status: 200,
    response: flowListSchema,
    errors: [],
  }),
  getFlow: route({
    method: 'GET',
    path: '/v1/flows/{id}',
    summary: 'One flow with its document; ETag is its revision',
    scope: 'flows:read',
    params: flowIdParamsSchema,
    status: 200,
    response: flowDetailSchema,
    etag: true,
    errors: ['not_found'],
  }),
  createFlow: route({
    method: 'POST',
    path: '/v1/flows',
    summary: 'Create a flow from a document (validated by the server)',
    scope: 'flows:write',
    body: createFlowBodySchema,
    status: 201,
    response: flowDetailSchema,
    etag: true,
    errors: ['conflict', 'validation_failed'],
  }),
  updateFlow: route({
    method: 'PUT',
    path: '/v1/flows/{id}',
    summary: 'Replace a flow document; If-Match must name the current revision',
    scope: 'flows:write',
    params: flowIdParamsSchema,
    body: updateFlowBodySchema,
    ifMatch: true,
    status: 200,
    response: flowDetailSchema,
    etag: true,
    // conflict: a started journey's steps were added or removed (config edits only).
    errors: ['conflict', 'not_found', 'precondition_failed', 'precondition_required', 'validation_failed'],
  }),
  deleteFlow: route({
    method: 'DELETE',
    path: '/v1/flows/{id}',
    summary: 'Delete a flow and its revisions; If-Match must name the current revision',
    scope: 'flows:write',
    params: flowIdParamsSchema,
    ifMatch: true,
    status: 200,
    response: deletedFlowSchema,
    errors: ['not_found', 'precondition_failed', 'precondition_required'],
  }),
  listRevisions: route({
    method: 'GET',
    path: '/v1/flows/{id}/revisions',
    summary: 'The saved revisions of a flow, newest first',
    scope: 'flows:read',
    params: flowIdParamsSchema,
    status: 200,
    response: flowRevisionListSchema,
    errors: ['not_found'],
  }),
  getRevision: route({
    method: 'GET',
    path: '/v1/flows/{id}/revisions/{revision}',
    summary: 'One saved revision of a flow with its document, as the tenant stored it then',
    scope: 'flows:read',
    params: flowRevisionParamsSchema,
    status: 200,
    response: flowRevisionDetailSchema,
    errors: ['not_found'],
  }),
  flowAction: route({
    method: 'POST',
    path: '/v1/flows/{id}/actions/{action}',
    summary: "Change a flow's lifecycle status (publish, stop, start, pause, resume, finalize) as its profile allows; If-Match names the revision acted on",
    scope: 'flows:publish',
    params: flowActionParamsSchema,
    ifMatch: true,
    status: 200,
    response: flowActionResultSchema,
    etag: true,
    errors: ['conflict', 'not_found', 'precondition_failed', 'precondition_required', 'validation_failed'],
  }),
  duplicateFlow: route({
    method: 'POST',
    path: '/v1/flows/{id}/duplicate',
    summary: 'Copy a flow as a new draft (the way forward from a finalized journey)',
    scope: 'flows:write',
    params: flowIdParamsSchema,
    status: 201,
    response: flowDetailSchema,
    etag: true,
    errors: ['not_found', 'validation_failed'],
  }),
  createImport: route({
    method: 'POST',
    path: '/v1/imports',
    summary: 'Import a pack: dry-run plans it against the tenant, apply imports it in one transaction',
    scope: 'flows:write',
    body: createImportBodySchema,
    idempotencyKey: true,
    status: 201,
    response: importReportSchema,
    progress: importProgressSchema,
    errors: ['conflict', 'precondition_failed', 'precondition_required', 'validation_failed'],
  }),
  getImport: route({
    method: 'GET',
    path: '/v1/imports/{id}',
    summary: 'The stored report of an import',
    scope: 'flows:read',
    params: importIdParamsSchema,
    status: 200,
    response: importReportSchema,
    errors: ['not_found'],
  }),
  listAudit: route({
    method: 'GET',
    path: '/v1/audit',
    summary: 'The audit log of writes, newest first',
    scope: 'flows:read',
    query: auditQuerySchema,
    status: 200,
    response: auditListSchema,
    errors: [],
  }),
  postEvent: route({
    method: 'POST',
    path: '/v1/events',
    summary: "A platform event: enrols its subject in every live flow it starts and resumes the subject's runs waiting for it",
    scope: 'events:write',
    body: platformEventSchema,
    idempotencyKey: 'optional',
    status: 200,
    response: eventResultSchema,
    errors: ['conflict'],
  }),
  getFlowStats: route({
    method: 'GET',
    path: '/v1/flows/{id}/stats',
    summary: 'How many runs entered, left, wait at and ended at each step of a flow',
    scope: 'flows:read',
    params: flowIdParamsSchema,
    status: 200,
    response: flowStatsSchema,
    errors: ['not_found'],
  }),
  listFlowRuns: route({
    method: 'GET',
    path: '/v1/flows/{id}/runs',
    summary: 'The runs of a flow, newest first',
    scope: 'flows:read',
    params: flowIdParamsSchema,
    query: flowRunsQuerySchema,
    status: 200,
    response: flowRunListSchema,
    errors: ['not_found'],
  }),
} as const satisfies Record<string, RouteDef>;

export type TenantRoutes = typeof TENANT_ROUTES;
export type RouteName = keyof TenantRoutes;

/** The parsed inputs of a route, as its handler receives them. */
export interface RouteInput<R extends RouteDef> {
  params: R['params'] extends z.ZodType ? z.output<R['params']> : Record<string, never>;
  query: R['query'] extends z.ZodType ? z.output<R['query']> : Record<string, never>;
  body: R['body'] extends z.ZodType ? z.output<R['body']> : undefined;
}
/** What a handler returns: the success body, as the route's response schema reads it. */
export type RouteOutput<R extends RouteDef> = z.input<R['response']>;
