import { z } from 'zod';
import { reportedDiagnosticSchema } from '../format/diagnostic';

/** Stable error codes of the tenant API; clients branch on these, never on messages. */
export const API_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'validation_failed',
  'rate_limited',
  'internal',
] as const;
export const apiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** The HTTP status each error code is sent with. */
export const API_ERROR_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  validation_failed: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
};

/**
 * Every error response body. `diagnostics` come with `validation_failed` (the shared
 * validator's findings, so a client shows them exactly as the editor does); a refused
 * import apply also carries its `report`.
 */
export const apiErrorBodySchema = z
  .object({
    error: z
      .object({
        code: apiErrorCodeSchema,
        message: z.string(),
        diagnostics: z.array(reportedDiagnosticSchema).optional(),
        /** A refused import apply: its report (shared/tenant-api/imports.ts), with the plan that was refused. */
        report: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
  })
  .strict();
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
