import { startAttempt } from './attempt-signal';
import type { AttemptStop } from './attempt-signal';
import type { TenantClock } from './clock';
import { errorFromResponse } from './error-from-response';
import type { FailedResponse, MappedFailure } from './error-from-response';
import type { TenantFetch, TenantFetchInit, TenantFetchResponse } from './fetch-port';
import { describeNetworkFailure } from './network-failure';
import { isProgressStream, readProgressStream } from './progress-reader';
import type { ProgressListener, StreamEnd } from './progress-reader';
import { TenantApiError } from './tenant-error';
import type { TenantRequestTarget } from './tenant-error';

/** What every attempt of one client shares. */
export interface AttemptContext {
  fetch: TenantFetch;
  clock: TenantClock;
  timeoutMs: number;
  /** The tenant's base URL, named in messages. */
  origin: string;
  redact: (text: string) => string;
}

/** A 2xx answer with its body read (a progress stream's result is already parsed), or the failure mapped to a typed error. */
export type AttemptOutcome =
  | { ok: true; status: number; body: { text: string } | { value: unknown }; etag: string | undefined }
  | ({ ok: false } & MappedFailure);

/** No headers: what an error line of a progress stream is read with. */
const NO_HEADERS = { get: () => null };

/**
 * Sends one attempt and reads its whole answer under one timeout. Never throws: every failure, including a
 * fetch that threw, a connection dropped mid-body, the timeout and the caller's cancel, becomes an outcome.
 */
export async function sendAttempt(
  url: string,
  init: Omit<TenantFetchInit, 'signal'>,
  target: TenantRequestTarget,
  callerSignal: AbortSignal | undefined,
  context: AttemptContext,
  progress?: ProgressListener,
): Promise<AttemptOutcome> {
  const attempt = startAttempt(callerSignal, context.timeoutMs, context.clock);
  const exchange = (async (): Promise<{ response: TenantFetchResponse; streamEnd: StreamEnd } | { response: TenantFetchResponse; bodyText: string }> => {
    const response = await context.fetch(url, { ...init, signal: attempt.signal });
    const success = response.status >= 200 && response.status < 300;
    if (success && progress && response.body && isProgressStream(response.headers.get('content-type'))) {
      return { response, streamEnd: await readProgressStream(response.body, progress) };
    }
    return { response, bodyText: await response.text() };
  })();
  // When the timeout wins the race below, the exchange may still reject later; that is expected, not unhandled.
  exchange.catch(() => undefined);
  try {
    // Raced rather than only aborted: a fetch that ignores its signal must not hold the request forever.
    const raced = await Promise.race([exchange, attempt.stopped]);
    if (typeof raced === 'string') return failed(stoppedError(raced, target, 1, context));
    const { response } = raced;
    const mapError = (answer: FailedResponse): AttemptOutcome => ({
      ok: false,
      ...errorFromResponse(answer, { request: target, origin: context.origin, nowMs: context.clock.now(), redact: context.redact }),
    });
    const etag = response.headers.get('etag') ?? undefined;
    if ('streamEnd' in raced) {
      const { streamEnd } = raced;
      switch (streamEnd.end) {
        case 'result':
          return { ok: true, status: response.status, body: { value: streamEnd.value }, etag };
        case 'error':
          // The work failed after its stream started: the error it would have answered, with the status it names.
          return mapError({ status: streamEnd.status, headers: NO_HEADERS, bodyText: streamEnd.bodyText });
        case 'cut':
          return failed(new TenantApiError({ kind: 'network', reason: 'dropped' }, `The connection to the tenant at ${context.origin} was dropped before it said how the request ended.`, { request: target }));
        default: {
          const message = `The tenant at ${context.origin} sent a progress stream this version of Flowpack Studio does not understand (${streamEnd.issue}).`;
          return failed(new TenantApiError({ kind: 'bad-response', status: response.status, issues: [streamEnd.issue] }, message, { request: target }));
        }
      }
    }
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, body: { text: raced.bodyText }, etag };
    return mapError({ status: response.status, headers: response.headers, bodyText: raced.bodyText });
  } catch (error) {
    const stop = attempt.reason();
    if (stop) return failed(stoppedError(stop, target, 1, context));
    const { reason, phrase } = describeNetworkFailure(error, context.redact);
    const message = `Could not reach the tenant at ${context.origin}: ${phrase}.`;
    // The fetch error is not kept as `cause`: a logger would print it, and it is outside text that could quote a header.
    return failed(new TenantApiError({ kind: 'network', reason }, message, { request: target }));
  } finally {
    attempt.dispose();
  }
}

function failed(error: TenantApiError): AttemptOutcome {
  return { ok: false, error, retryAfterMs: undefined };
}

/** The error of a request stopped by its timeout or by the caller. */
export function stoppedError(stop: AttemptStop, target: TenantRequestTarget, attempts: number, context: AttemptContext): TenantApiError {
  if (stop === 'cancelled') {
    return new TenantApiError({ kind: 'cancelled' }, `The request to the tenant at ${context.origin} was cancelled.`, { request: target, attempts });
  }
  const seconds = Math.round(context.timeoutMs / 100) / 10;
  const message = `The tenant at ${context.origin} did not answer within ${seconds} s; check your connection or try again later.`;
  return new TenantApiError({ kind: 'timeout', timeoutMs: context.timeoutMs }, message, { request: target, attempts });
}
