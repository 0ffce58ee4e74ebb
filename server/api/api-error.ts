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
