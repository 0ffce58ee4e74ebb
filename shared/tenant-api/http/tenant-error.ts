import type { ReportedDiagnostic } from '../../format/diagnostic';
import type { NetworkReason } from './network-failure';

/**
 * What went wrong with a tenant request, one `kind` per thing a user or a caller does differently:
 * `auth` (401: add a new token), `permission` (403: the token lacks a scope), `not-found` (404/410),
 * `conflict` (409, or 412 when an `If-Match` revision is stale; carries the tenant's current ETag when sent),
 * `validation` (400/422, with the server's diagnostics), `rate-limit` (429, with Retry-After in seconds),
 * `rejected` (any other 4xx), `server` (5xx), `network` (no answer: refused, dropped, DNS), `timeout`
 * (an attempt took longer than allowed), `cancelled` (the caller's signal), `bad-response` (an answer that is
 * not what the API promises), and `invalid-url` / `invalid-token` (the tenant address or the token was
 * refused before any request).
 */
export type TenantErrorDetail =
  | { kind: 'invalid-url' }
  | { kind: 'invalid-token' }
  | { kind: 'auth'; status: number }
  | { kind: 'permission'; status: number }
  | { kind: 'not-found'; status: number }
  | { kind: 'conflict'; status: number; currentEtag: string | undefined }
  | { kind: 'validation'; status: number; diagnostics: ReportedDiagnostic[] }
  | { kind: 'rate-limit'; status: number; retryAfterSeconds: number | undefined }
  | { kind: 'rejected'; status: number }
  | { kind: 'server'; status: number }
  | { kind: 'network'; reason: NetworkReason }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'cancelled' }
  | { kind: 'bad-response'; status: number; issues: string[] };

export type TenantErrorKind = TenantErrorDetail['kind'];

/** Where the failed request went; the token is never part of it. */
export interface TenantRequestTarget {
  method: string;
  path: string;
}

/** Optional facts an error carries besides its detail. */
export interface TenantErrorExtras {
  request?: TenantRequestTarget;
  /** The stable `code` of the server's error body, when it sent one. */
  serverCode?: string;
  /** How many attempts were made before giving up (1 when the request was not retried). */
  attempts?: number;
}

/**
 * The one error the tenant client throws. `message` is written for the user and never contains the token;
 * callers branch on `detail.kind` (TypeScript narrows the detail's fields with it).
 *
 * @example
 * catch (error) {
 *   if (isTenantApiError(error, 'conflict')) showDiff(error.detail.currentEtag);
 * }
 */
export class TenantApiError extends Error {
  readonly request: TenantRequestTarget | undefined;
  readonly serverCode: string | undefined;
  readonly attempts: number;

  constructor(
    readonly detail: TenantErrorDetail,
    message: string,
    extras: TenantErrorExtras = {},
  ) {
    super(message);
    this.name = 'TenantApiError';
    this.request = extras.request;
    this.serverCode = extras.serverCode;
    this.attempts = extras.attempts ?? 1;
  }

  get kind(): TenantErrorKind {
    return this.detail.kind;
  }

  /** The same error after `attempts` attempts (the retry loop knows the count, the mapping does not). */
  afterAttempts(attempts: number): TenantApiError {
    return new TenantApiError(this.detail, this.message, {
      request: this.request,
      serverCode: this.serverCode,
      attempts,
    });
  }
}

/** Narrows an unknown error to a tenant error, optionally of one kind. */
export function isTenantApiError<K extends TenantErrorKind>(
  error: unknown,
  kind?: K,
): error is TenantApiError & { detail: Extract<TenantErrorDetail, { kind: K }> } {
  return error instanceof TenantApiError && (kind === undefined || error.detail.kind === kind);
}
