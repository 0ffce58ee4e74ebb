import { startAttempt } from './attempt-signal';
import type { AttemptStop } from './attempt-signal';
import type { TenantClock } from './clock';
import { errorFromResponse } from './error-from-response';
import type { MappedFailure } from './error-from-response';
import type { TenantFetch, TenantFetchInit } from './fetch-port';
import { describeNetworkFailure } from './network-failure';
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

/** A 2xx answer with its body read, or the failure mapped to a typed error. */
export type AttemptOutcome =
  | { ok: true; status: number; bodyText: string; etag: string | undefined }
  | ({ ok: false } & MappedFailure);

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
): Promise<AttemptOutcome> {
  const attempt = startAttempt(callerSignal, context.timeoutMs, context.clock);
  const exchange = (async () => {
    const response = await context.fetch(url, { ...init, signal: attempt.signal });
    return { response, bodyText: await response.text() };
  })();
  // When the timeout wins the race below, the exchange may still reject later; that is expected, not unhandled.
  exchange.catch(() => undefined);
  try {
    // Raced rather than only aborted: a fetch that ignores its signal must not hold the request forever.
    const raced = await Promise.race([exchange, attempt.stopped]);
    if (typeof raced === 'string') return failed(stoppedError(raced, target, 1, context));
    const { response, bodyText } = raced;
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, status: response.status, bodyText, etag: response.headers.get('etag') ?? undefined };
    }
    const answer = { status: response.status, headers: response.headers, bodyText };
    return { ok: false, ...errorFromResponse(answer, { request: target, origin: context.origin, nowMs: context.clock.now(), redact: context.redact }) };
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
