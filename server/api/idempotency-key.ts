import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { canonicalStringify } from '../../shared/format/canonical-json';
import type { Db } from '../store/database';
import { claimKey, forgetExpiredKeys, settleKey } from '../store/import-store';
import type { KeyClaim } from '../store/import-store';
import { ApiError } from './api-error';

/** How long a repeat of a key waits for the first request's transaction before it is told to retry (PostgreSQL). */
const KEY_WAIT = '30s';
/** PostgreSQL's lock_not_available, raised when that wait runs out. */
const LOCK_NOT_AVAILABLE = '55P03';

/** An Idempotency-Key header checked: undefined when absent, 400 when it is not a short printable string. */
export function optionalIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const key = header.trim();
  if (key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) throw new ApiError('bad_request', 'Idempotency-Key must be 1 to 200 printable ASCII characters without spaces.');
  return key;
}

/** The Idempotency-Key of a request that needs one: 428 without one, 400 when it is not a short printable string. */
export function idempotencyKeyOf(header: string | undefined, what: string): string {
  const key = optionalIdempotencyKey(header);
  if (key === undefined) throw new ApiError('precondition_required', `Send an Idempotency-Key header (a new random value per ${what}, the same one on every retry of it).`);
  return key;
}

export interface KeyedRequest {
  db: Db;
  tenantId: string;
  key: string;
  now: Date;
  /** The request as the key answers for it; a repeat of the key with another one is refused. */
  body: unknown;
  /** What the request is, in the messages: "import", "event". */
  what: string;
  /**
   * Distinguishes the routes that share the key table; imports use none (their keys' hashes
   * were stored before events took keys too).
   */
  route?: string;
}

/**
 * Runs `work` once per key: the key is claimed, the work done and its answer recorded in one
 * transaction. A repeat of the key (same body) within a day gets the first answer (through
 * `replayed`, which reads the stored one), never a second run of the work; a repeat arriving
 * while the first still runs waits for it; a process killed mid-work leaves neither the work
 * nor the key behind (store/import-store.ts claimKey).
 */
export async function onceForKey<T>(request: KeyedRequest, work: (tx: Db) => Promise<{ status: number; body: T }>, replayed: (stored: unknown) => T): Promise<T> {
  const { db, tenantId, key, now, what } = request;
  const requestHash = createHash('sha256')
    .update((request.route === undefined ? '' : `${request.route}\n`) + canonicalStringify(request.body))
    .digest('hex');
  // Before the work's transaction, in a statement of its own: concurrent requests of one tenant never wait on each other's pruning.
  await forgetExpiredKeys(db, tenantId, now);
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL lock_timeout = '${KEY_WAIT}'`));
      const claim: KeyClaim = await claimKey(tx, tenantId, key, requestHash, now);
      if (!claim.claimed) {
        if (claim.requestHash !== requestHash) {
          throw new ApiError('conflict', `This Idempotency-Key was already used for a different ${what} request; use a new key for a new request.`);
        }
        return replayed(claim.response);
      }
      const done = await work(tx);
      await settleKey(tx, tenantId, key, done.status, done.body);
      return done.body;
    });
  } catch (error) {
    if (postgresCode(error) === LOCK_NOT_AVAILABLE) {
      throw new ApiError('conflict', `An ${what} with this Idempotency-Key is still running; retry it in a moment with the same key.`);
    }
    throw error;
  }
}

/** The SQLSTATE of a database error, also when Drizzle wraps the driver's error (DrizzleQueryError keeps it as `cause`). */
function postgresCode(error: unknown): unknown {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return code ?? cause?.code;
}
