import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { canonicalStringify } from '../../shared/format/canonical-json';
import { importReportSchema } from '../../shared/tenant-api/imports';
import type { ImportReport } from '../../shared/tenant-api/imports';
import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { claimKey, findReport, forgetExpiredKeys, settleKey } from '../store/import-store';
import type { KeyClaim } from '../store/import-store';
import { ApiError, notFound } from './api-error';
import type { Handler } from './handler-types';
import { runImport } from './import-run';

/** How long a repeat of a key waits for the first request's transaction before it is told to retry (PostgreSQL). */
const KEY_WAIT = '30s';
/** PostgreSQL's lock_not_available, raised when that wait runs out. */
const LOCK_NOT_AVAILABLE = '55P03';

/** The Idempotency-Key of a request: 428 without one, 400 when it is not a short printable string. */
export function idempotencyKeyOf(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new ApiError('precondition_required', 'Send an Idempotency-Key header (a new random value per import, the same one on every retry of it).');
  }
  const key = header.trim();
  if (key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) throw new ApiError('bad_request', 'Idempotency-Key must be 1 to 200 printable ASCII characters without spaces.');
  return key;
}

/**
 * The stored answer of a key used before, as the first request got it. Only imports that
 * committed hold a key: a refused one rolls its claim back, so it can be retried as it was.
 */
function replay(claim: Exclude<KeyClaim, { claimed: true }>, requestHash: string): ImportReport {
  if (claim.requestHash !== requestHash) {
    throw new ApiError('conflict', 'This Idempotency-Key was already used for a different import request; use a new key for a new request.');
  }
  return importReportSchema.parse(claim.response);
}

/**
 * POST /v1/imports. The key is claimed, the import run and its answer recorded in one
 * transaction: a repeat of the key (same body) within a day gets the first answer, never a second import;
 * a repeat arriving while the first still runs waits for it; a server killed mid-import
 * leaves neither the import nor the key behind.
 */
export const createImport: Handler<TenantRoutes['createImport']> = async ({ body }, ctx) => {
  const key = idempotencyKeyOf(ctx.idempotencyKey);
  const tenantId = ctx.caller.tenant.id;
  const requestHash = createHash('sha256').update(canonicalStringify(body)).digest('hex');
  // Before the import's transaction, in a statement of its own: concurrent imports of one tenant never wait on each other's pruning.
  await forgetExpiredKeys(ctx.db, tenantId, ctx.now);
  try {
    const report = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL lock_timeout = '${KEY_WAIT}'`));
      const claim = await claimKey(tx, tenantId, key, requestHash, ctx.now);
      if (!claim.claimed) return replay(claim, requestHash);
      const done = await runImport(tx, body, ctx);
      await settleKey(tx, tenantId, key, 201, done);
      return done;
    });
    return { body: report };
  } catch (error) {
    if (postgresCode(error) === LOCK_NOT_AVAILABLE) {
      throw new ApiError('conflict', 'An import with this Idempotency-Key is still running; retry it in a moment with the same key.');
    }
    throw error;
  }
};

/** The SQLSTATE of a database error, also when Drizzle wraps the driver's error (DrizzleQueryError keeps it as `cause`). */
function postgresCode(error: unknown): unknown {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return code ?? cause?.code;
}

export const getImport: Handler<TenantRoutes['getImport']> = async ({ params }, { db, caller }) => {
  const report = await findReport(db, caller.tenant.id, params.id);
  if (report === undefined) throw notFound(`Import ${params.id}`);
  return { body: importReportSchema.parse(report) };
};
