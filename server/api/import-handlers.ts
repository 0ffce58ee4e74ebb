import { importReportSchema } from '../../shared/tenant-api/imports';
import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { findReport } from '../store/import-store';
import { notFound } from './api-error';
import type { Handler } from './handler-types';
import { idempotencyKeyOf, onceForKey } from './idempotency-key';
import { runImport } from './import-run';

/**
 * POST /v1/imports. The key is claimed, the import run and its answer recorded in one
 * transaction (idempotency-key.ts): a repeat of the key (same body) within a day gets the first
 * answer, never a second import; a repeat arriving while the first still runs waits for it; a
 * server killed mid-import leaves neither the import nor the key behind. Only imports that
 * committed hold a key: a refused one rolls its claim back, so it can be retried as it was.
 */
export const createImport: Handler<TenantRoutes['createImport']> = async ({ body }, ctx) => {
  const key = idempotencyKeyOf(ctx.idempotencyKey, 'import');
  const request = { db: ctx.db, tenantId: ctx.caller.tenant.id, key, now: ctx.now, body, what: 'import' };
  const report = await onceForKey(request, async (tx) => ({ status: 201, body: await runImport(tx, body, ctx) }), (stored) => importReportSchema.parse(stored));
  return { body: report };
};

export const getImport: Handler<TenantRoutes['getImport']> = async ({ params }, { db, caller }) => {
  const report = await findReport(db, caller.tenant.id, params.id);
  if (report === undefined) throw notFound(`Import ${params.id}`);
  return { body: importReportSchema.parse(report) };
};
