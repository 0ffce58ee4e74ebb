import type { z } from 'zod';
import { checkTenantBaseUrl } from './base-url';
import { sleep, systemClock } from './clock';
import type { TenantClock } from './clock';
import type { TenantFetch, TenantFetchInit } from './fetch-port';
import { buildRequestHeaders, checkRequestPath, encodeQuery } from './request-parts';
import type { QueryValues } from './request-parts';
import { readResponseData } from './response-data';
import { backoffDelayMs, isReplaySafe, isTransientFailure } from './retry-policy';
import type { BackoffOptions } from './retry-policy';
import type { ProgressListener } from './progress-reader';
import { sendAttempt, stoppedError } from './send-attempt';
import { PROGRESS_STREAM_ACCEPT } from '../progress-stream';
import type { AttemptContext } from './send-attempt';
import { TenantApiError } from './tenant-error';
import type { TenantRequestTarget } from './tenant-error';

/**
 * Defaults sized for an interactive app: a stuck attempt fails after 30 s; the client's own waits between
 * attempts stay under 8 s, and a server's Retry-After is waited for up to a minute.
 */
export const TENANT_HTTP_DEFAULTS = {
  timeoutMs: 30_000,
  retries: 3,
  backoff: { baseDelayMs: 500, maxDelayMs: 8_000 } satisfies BackoffOptions,
  maxRetryAfterMs: 60_000,
} as const;

/** Options of {@link createTenantHttp}. */
export interface TenantHttpOptions {
  /** The tenant's address: `https:`, or `http:` on a loopback host only. A path prefix is kept. */
  baseUrl: string;
  /** The bearer token; it is sent only to `baseUrl` and never appears in an error message. */
  token: string;
  fetch: TenantFetch;
  clock?: TenantClock;
  /** A number in [0, 1); the jitter of the backoff. Default `Math.random`. */
  random?: () => number;
  /** How long one attempt may take, answer body included. */
  timeoutMs?: number;
  /** How many times a failed request that is safe to replay is sent again (0: never). */
  retries?: number;
  backoff?: Partial<BackoffOptions>;
  /** A Retry-After longer than this is not waited for: the request fails with the wait in its error. */
  maxRetryAfterMs?: number;
}

/** One request. `path` is relative to the base URL and starts with `/` (e.g. `/v1/flows`). */
export interface TenantRequest<S extends z.ZodType | undefined = undefined> {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: QueryValues;
  /** Sent as JSON. */
  body?: unknown;
  /** Extra headers; they never replace Authorization, Accept, Content-Type, Idempotency-Key or If-Match. */
  headers?: Record<string, string>;
  /** Makes a write safe to retry: the server applies one key once and answers repeats with the first result. */
  idempotencyKey?: string;
  /** The ETag last read: the write is refused (a `conflict` error) when the resource changed since. */
  ifMatch?: string;
  /** Cancels the request, its retries and the waits between them. */
  signal?: AbortSignal;
  /** Checks the 2xx answer's JSON; without it the body is not read into `data`. */
  responseSchema?: S;
  /**
   * Asks for a progress stream (shared/tenant-api/progress-stream.ts) on a route that reports
   * progress: each report is checked with `schema` and heard by `onProgress` while the request
   * runs. A retried request may report again from its start.
   */
  progress?: ProgressListener;
}

/** A 2xx answer. */
export interface TenantResponse<T> {
  status: number;
  data: T;
  /** The resource's revision tag, to send back as `ifMatch` on the next write. */
  etag: string | undefined;
}

export type TenantResponseData<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A tenant HTTP client bound to one address and one token. */
export interface TenantHttp {
  /** The normalised base URL requests go to. */
  readonly baseUrl: string;
  /**
   * Sends one request, retrying when that is safe. Every failure of the exchange is a {@link TenantApiError};
   * a malformed path or header (a programming error) is a TypeError, before anything is sent.
   */
  request<S extends z.ZodType | undefined = undefined>(request: TenantRequest<S>): Promise<TenantResponse<TenantResponseData<S>>>;
}

/**
 * Creates the transport of the tenant client: JSON over the injected fetch with a bearer token, a timeout per
 * attempt, cancellation, typed errors, and retries with exponential backoff and full jitter on 429, 503,
 * timeouts and dropped connections, for requests that are safe to send twice (see {@link isReplaySafe}).
 *
 * @remarks Throws an `invalid-url` or `invalid-token` {@link TenantApiError} at once, before any request, when
 * the address is not `https:` (or `http:` on loopback) or the token cannot be sent as a header.
 *
 * @example
 * const http = createTenantHttp({ baseUrl: 'https://flows.example.com', token, fetch: globalThis.fetch });
 * const { data, etag } = await http.request({ method: 'GET', path: `/v1/flows/${id}`, responseSchema: flowSchema });
 */
export function createTenantHttp(options: TenantHttpOptions): TenantHttp {
  const baseUrl = checkTenantBaseUrl(options.baseUrl);
  // Surrounding white space is what copying from a terminal or a file adds, never part of a token.
  const token = options.token.trim();
  checkToken(token);
  const { fetch } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const retries = options.retries ?? TENANT_HTTP_DEFAULTS.retries;
  const backoff: BackoffOptions = { ...TENANT_HTTP_DEFAULTS.backoff, ...options.backoff };
  const maxRetryAfterMs = options.maxRetryAfterMs ?? TENANT_HTTP_DEFAULTS.maxRetryAfterMs;
  const attemptContext: AttemptContext = {
    fetch,
    clock,
    timeoutMs: options.timeoutMs ?? TENANT_HTTP_DEFAULTS.timeoutMs,
    origin: baseUrl,
    redact: (text) => text.split(token).join('[token]'),
  };

  async function request<S extends z.ZodType | undefined = undefined>(
    req: TenantRequest<S>,
  ): Promise<TenantResponse<TenantResponseData<S>>> {
    checkRequestPath(req.path);
    const target: TenantRequestTarget = { method: req.method, path: req.path };
    const url = baseUrl + req.path + encodeQuery(req.query);
    const hasBody = req.body !== undefined;
    const init: Omit<TenantFetchInit, 'signal'> = {
      method: req.method,
      headers: buildRequestHeaders({ token, hasBody, extra: req.headers, idempotencyKey: req.idempotencyKey, ifMatch: req.ifMatch, accept: req.progress ? PROGRESS_STREAM_ACCEPT : undefined }),
      ...(hasBody ? { body: JSON.stringify(req.body) } : {}),
      redirect: 'manual',
    };
    const maxAttempts = isReplaySafe({ method: req.method, idempotencyKey: req.idempotencyKey, ifMatch: req.ifMatch }) ? retries + 1 : 1;

    for (let attempt = 1; ; attempt++) {
      if (req.signal?.aborted) throw stoppedError('cancelled', target, attempt - 1, attemptContext);
      const outcome = await sendAttempt(url, init, target, req.signal, attemptContext, req.progress);
      if (outcome.ok) {
        const data = req.responseSchema === undefined ? undefined : readResponseData(req.responseSchema, outcome, { request: target, origin: baseUrl });
        return { status: outcome.status, data: data as TenantResponseData<S>, etag: outcome.etag };
      }
      const { error, retryAfterMs } = outcome;
      const giveUp = !isTransientFailure(error) || attempt >= maxAttempts || (retryAfterMs ?? 0) > maxRetryAfterMs;
      if (giveUp) throw error.afterAttempts(attempt);
      try {
        // The server's Retry-After is the wait when it gave one; our own backoff only when it did not.
        await sleep(retryAfterMs ?? backoffDelayMs(attempt - 1, random, backoff), clock, req.signal);
      } catch {
        throw stoppedError('cancelled', target, attempt, attemptContext);
      }
    }
  }

  return { baseUrl, request };
}

/** Refuses a token that cannot travel as a header value, before fetch would echo it in its own error message. */
function checkToken(token: string): void {
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new TenantApiError(
      { kind: 'invalid-token' },
      'The token is empty or contains spaces, line breaks or other characters a token never has; paste it again exactly as it was shown.',
    );
  }
}
