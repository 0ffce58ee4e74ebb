import type { z } from 'zod';
import type { TenantHttp } from './http/tenant-http';
import type { QueryValues } from './http/request-parts';
import { revisionEtag, revisionFromEtag } from './etag';
import { TENANT_ROUTES } from './routes';

type Routes = typeof TENANT_ROUTES;
export type TenantRouteName = keyof Routes;

type Part<R, K extends string> = R extends { [P in K]: infer S extends z.ZodType } ? z.input<S> : undefined;

/** What one call of a route takes: the parts its definition declares, plus request options. */
export type TenantCallInput<N extends TenantRouteName> = {
  params?: Part<Routes[N], 'params'>;
  query?: Part<Routes[N], 'query'>;
  body?: Part<Routes[N], 'body'>;
  /** The revision last read; required by routes that declare `ifMatch`. */
  revision?: number;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Hears the route's progress reports while it runs (routes that declare `progress`: an import's apply). */
  onProgress?: Routes[N] extends { progress: infer P extends z.ZodType } ? (event: z.output<P>) => void : never;
};

/** A route's checked answer and, where the route sends one, the revision from its ETag. */
export interface TenantCallResult<N extends TenantRouteName> {
  data: z.output<Routes[N]['response']>;
  revision: number | undefined;
}

/** `/v1/flows/{id}` with `{ id }` filled in, each value encoded as one path segment. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * The tenant API, typed from the same route table the server is built from: one `call` per
 * route name, its answer checked against the route's response schema.
 *
 * @example
 * const client = createTenantClient(createTenantHttp({ baseUrl, token, fetch }));
 * const { data: flow, revision } = await client.call('getFlow', { params: { id } });
 * await client.call('updateFlow', { params: { id }, body: { document }, revision });
 */
export function createTenantClient(http: TenantHttp) {
  return {
    baseUrl: http.baseUrl,
    async call<N extends TenantRouteName>(name: N, input: TenantCallInput<N> = {}): Promise<TenantCallResult<N>> {
      const route = TENANT_ROUTES[name] as Routes[TenantRouteName];
      if ('ifMatch' in route && route.ifMatch && input.revision === undefined) throw new TypeError(`${name} needs the revision last read`);
      if ('idempotencyKey' in route && route.idempotencyKey === true && input.idempotencyKey === undefined) throw new TypeError(`${name} needs an idempotency key`);
      const response = await http.request({
        method: route.method,
        path: fillPath(route.path, input.params as Record<string, unknown> | undefined),
        query: input.query as QueryValues | undefined,
        body: input.body,
        ifMatch: input.revision === undefined ? undefined : revisionEtag(input.revision),
        idempotencyKey: input.idempotencyKey,
        signal: input.signal,
        responseSchema: route.response,
        progress: 'progress' in route && input.onProgress ? { schema: route.progress, onProgress: input.onProgress as (event: unknown) => void } : undefined,
      });
      return { data: response.data as z.output<Routes[N]['response']>, revision: revisionFromEtag(response.etag) };
    },
  };
}
export type TenantClient = ReturnType<typeof createTenantClient>;
