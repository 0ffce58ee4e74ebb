import { describe, expect, it } from 'vitest';
import { fakeTenant, rejection } from '../../../test/tenant-api/harness';
import { API_ERROR_CODES, API_ERROR_STATUS, apiErrorBodySchema } from '../errors';
import type { ApiErrorBody, ApiErrorCode } from '../errors';
import type { TenantErrorKind } from './tenant-error';

/** The kind each error of the tenant API's contract becomes on the client. */
const EXPECTED_KIND: Record<ApiErrorCode, TenantErrorKind> = {
  bad_request: 'validation',
  unauthorized: 'auth',
  forbidden: 'permission',
  not_found: 'not-found',
  conflict: 'conflict',
  precondition_failed: 'conflict',
  precondition_required: 'rejected',
  payload_too_large: 'rejected',
  validation_failed: 'validation',
  rate_limited: 'rate-limit',
  internal: 'server',
};

describe('the client understands every error body of the tenant API contract', () => {
  it.each(API_ERROR_CODES)('%s', async (code) => {
    const diagnostic = { severity: 'error' as const, code: 'TRIGGER_MISSING' as const, message: 'The flow has no trigger.' };
    const body: ApiErrorBody = { error: { code, message: `server says ${code}`, ...(code === 'validation_failed' ? { diagnostics: [diagnostic] } : {}) } };
    expect(apiErrorBodySchema.safeParse(body).success).toBe(true);
    const { http, clock } = fakeTenant([{ status: API_ERROR_STATUS[code], body }], { retries: 0 });

    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));

    expect(error.detail.kind).toBe(EXPECTED_KIND[code]);
    expect(error.serverCode).toBe(code);
    expect(error.message).toContain(`server says ${code}`);
    if (error.detail.kind === 'validation' && code === 'validation_failed') expect(error.detail.diagnostics).toEqual([diagnostic]);
  });
});

describe('diagnostics in a refusal', () => {
  it('keeps one whose code only a newer tenant knows, and drops only what cannot be read at all', async () => {
    const newer = { severity: 'error', code: 'FLOW_QUOTA_REACHED', message: 'This tenant keeps at most 50 flows.' };
    const body = { error: { code: 'validation_failed', message: 'refused', diagnostics: [newer, { code: 'TRIGGER_MISSING' }] } };
    const { http, clock } = fakeTenant([{ status: 422, body }], { retries: 0 });

    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));

    expect(error.detail).toEqual({ kind: 'validation', status: 422, diagnostics: [newer] });
  });
});
