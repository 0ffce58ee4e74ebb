import { describe, expect, it } from 'vitest';
import { TenantApiError } from '../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../shared/tenant-api/tenant-client';
import { CommandError, EXIT_CODES } from './cli-error';
import { pushFailure } from './push-guard';

const client = { baseUrl: 'https://tenant.example' } as TenantClient;

describe('a push the tenant refuses', () => {
  it('because a flow was saved there after the push looked (412) is the same refusal as a change found before: exit 1, pointing to status', () => {
    const stale = new TenantApiError({ kind: 'conflict', status: 412, currentEtag: undefined }, 'The flow changed on the tenant since it was last read; nothing was overwritten.');
    const failure = pushFailure(stale, client, process.cwd());
    expect(failure).toBeInstanceOf(CommandError);
    expect((failure as CommandError).exitCode).toBe(EXIT_CODES.errors);
    expect((failure as CommandError).message).toMatch(/nothing was overwritten\. Nothing was imported: see the differences with "flowpack status --tenant https:\/\/tenant\.example \."/);
  });

  it('for any other reason is a tenant failure, exit 2', () => {
    const other = new TenantApiError({ kind: 'conflict', status: 409, currentEtag: undefined }, 'An import with this Idempotency-Key is still running.');
    expect((pushFailure(other, client, process.cwd()) as CommandError).exitCode).toBe(EXIT_CODES.failure);
  });
});
