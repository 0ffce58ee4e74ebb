import { z } from 'zod';
import { API_ERROR_STATUS, apiErrorBodySchema } from './errors';
import type { ApiErrorCode } from './errors';
import { PROGRESS_STREAM_TYPE, progressStreamLineSchema } from './progress-stream';
import { COMMON_ERRORS, TENANT_ROUTES } from './routes';
import type { RouteDef } from './routes';

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) for one zod schema, without its `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** Query and path parameters: one OpenAPI parameter per property of the route's object schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: property }));
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

function errorResponses(codes: readonly ApiErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(API_ERROR_STATUS[code], [...(byStatus.get(API_ERROR_STATUS[code]) ?? []), code]);
  const body = jsonSchema(apiErrorBodySchema, 'output');
  const out: Record<string, JsonSchema> = {};
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const response: JsonSchema = { description: statusCodes.join(', '), content: json(body) };
    if (status === 429) response.headers = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } };
    out[String(status)] = response;
  }
  return out;
}

function operation(name: string, def: RouteDef): JsonSchema {
  const params = [...parameters(def.params, 'path'), ...parameters(def.query, 'query')];
  if (def.ifMatch) {
    params.push({ name: 'If-Match', in: 'header', required: true, description: 'The current revision as an ETag: "<revision>"', schema: { type: 'string' } });
  }
  if (def.idempotencyKey) {
    const description = 'A key the client makes per request (1-200 printable characters): a repeat with the same key and body answers the first result';
    params.push({ name: 'Idempotency-Key', in: 'header', required: def.idempotencyKey === true, description, schema: { type: 'string', minLength: 1, maxLength: 200 } });
  }
  const success: JsonSchema = { description: def.summary, content: json(jsonSchema(def.response, 'output')) };
  if (def.progress) {
    // OpenAPI 3.1 has no schema for a sequence of JSON values: the schema is that of each line.
    success.description += `. With "Accept: ${PROGRESS_STREAM_TYPE}" the answer, once the work has started, is one JSON value per line: progress reports, then the result or the error (docs/TENANT-API.md).`;
    (success.content as JsonSchema)[PROGRESS_STREAM_TYPE] = { schema: jsonSchema(progressStreamLineSchema(def.progress, def.response), 'output') };
  }
  if (def.etag) success.headers = { ETag: { description: 'The revision: "<revision>"', schema: { type: 'string' } } };
  const op: JsonSchema = {
    operationId: name,
    summary: def.summary,
    security: [{ bearer: [] }],
    'x-required-scope': def.scope,
    parameters: params,
    responses: { [String(def.status)]: success, ...errorResponses([...COMMON_ERRORS, ...def.errors]) },
  };
  if (def.body) op.requestBody = { required: true, content: json(jsonSchema(def.body, 'input')) };
  return op;
}

/**
 * The OpenAPI 3.1 document of the tenant API, generated from {@link TENANT_ROUTES}: served
 * by the server at `/v1/openapi.json` and used by the contract tests to check every response.
 */
export function buildOpenApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, def] of Object.entries(TENANT_ROUTES) as [string, RouteDef][]) {
    paths[def.path] = { ...paths[def.path], [def.method.toLowerCase()]: operation(name, def) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Flowpack tenant API', version, description: 'See docs/TENANT-API.md.' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A tenant token (fpt_...)' } } },
    paths,
  };
}
