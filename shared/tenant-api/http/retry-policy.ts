import type { TenantApiError } from './tenant-error';

/** How long to wait between attempts when the server does not say (exponential backoff with full jitter). */
export interface BackoffOptions {
  /** The ceiling of the first wait; each retry doubles it. */
  baseDelayMs: number;
  /** No wait's ceiling grows past this. */
  maxDelayMs: number;
}

/**
 * The wait before retry number `retryIndex` (0 for the first retry): a uniformly random time between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^retryIndex)` ("full jitter"), so clients that failed together do not
 * come back together.
 */
export function backoffDelayMs(retryIndex: number, random: () => number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/**
 * Reads a Retry-After header, in delay-seconds (`120`) or HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`) form,
 * as milliseconds from `nowMs`. Undefined when absent or unreadable; a date in the past means 0.
 */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP-date shapes: Date.parse alone would also read "1.5" or "2026" as dates.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** What makes a request safe to send twice. */
export interface RequestReplaySafety {
  method: string;
  idempotencyKey: string | undefined;
  ifMatch: string | undefined;
}

/**
 * Whether sending the request again cannot do anything twice: reads (GET, HEAD) always; PUT and DELETE when
 * they carry `If-Match` (a replay after the first one succeeded meets a changed revision and is refused, it
 * never overwrites someone else's change); any method with an `Idempotency-Key` (the server returns the first
 * result). A POST without a key is never retried: the first one may have been applied before the answer was lost.
 */
export function isReplaySafe({ method, idempotencyKey, ifMatch }: RequestReplaySafety): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return true;
  if ((verb === 'PUT' || verb === 'DELETE') && ifMatch !== undefined) return true;
  return idempotencyKey !== undefined;
}

/**
 * Failures worth another attempt: 429 and 503 (the server asks to come back), no answer at all (connection
 * refused or dropped; not an untrusted certificate or a refused redirect), and an attempt that timed out. Never another 4xx: the same request would be refused again.
 */
export function isTransientFailure(error: TenantApiError): boolean {
  const { detail } = error;
  switch (detail.kind) {
    case 'rate-limit':
    case 'timeout':
      return true;
    case 'network':
      // An untrusted certificate or a redirect answers the same way every time.
      return detail.reason !== 'tls' && detail.reason !== 'redirect';
    case 'server':
      return detail.status === 503;
    default:
      return false;
  }
}
