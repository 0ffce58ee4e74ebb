import type { Diagnostic } from '../../shared/format/diagnostic';
import { API_ERROR_STATUS } from '../../shared/tenant-api/errors';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/tenant-api/errors';

/** An error the API answers with as it is: its code picks the status, its message is shown to the client. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly diagnostics?: Diagnostic[],
    /** A refused import apply's report, sent beside the error. */
    readonly report?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.diagnostics ? { diagnostics: this.diagnostics } : {}), ...(this.report ? { report: this.report } : {}) } };
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} was not found in this tenant.`);

/** What the rate limiter throws; turned into the API's error body like every other error. */
export class RateLimited extends Error {
  readonly statusCode = 429;
  constructor(after: string) {
    super(`Too many requests for this token; retry in ${after}.`);
  }
}

/** Any thrown value as an API error: Fastify's own errors keep their status, anything unknown is a 500 without details. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RateLimited) return new ApiError('rate_limited', error.message);
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError('payload_too_large', `The request body is larger than this server accepts.`);
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new ApiError('bad_request', fastifyError.message ?? 'Bad request.');
  return new ApiError('internal', 'The server failed to answer this request; it has been logged.');
}
