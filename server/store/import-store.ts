import { and, eq, lt } from 'drizzle-orm';
import type { Db } from './database';
import { idempotencyKeys, importReports } from './import-schema';

/** What became of an Idempotency-Key: claimed by this transaction, or answered before (with what). */
export type KeyClaim = { claimed: true } | { claimed: false; requestHash: string; status: number; response: unknown };

/**
 * How long an Idempotency-Key answers repeats: a day, as long as any client keeps retrying one
 * request (the desktop app and the CLI give up within minutes). A repeat after that is a new import.
 */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Forgets the tenant's keys older than {@link KEY_LIFETIME_MS}, so the table holds a day of imports, not all of them. */
export async function forgetExpiredKeys(tx: Db, tenantId: string, now: Date): Promise<void> {
  await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, tenantId), lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEY_LIFETIME_MS))));
}

/**
 * Claims an Idempotency-Key for the transaction `tx`. The row is inserted first and its answer
 * filled in by {@link settleKey} before the commit, so no one ever sees a claim without its
 * answer: a duplicate arriving meanwhile waits on the row (PostgreSQL holds the second insert
 * of a key until the first transaction ends), then reads the committed answer. A transaction
 * that dies (a killed process) leaves no row, and the key is free again.
 */
export async function claimKey(tx: Db, tenantId: string, key: string, requestHash: string, now: Date): Promise<KeyClaim> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ tenantId, key, requestHash, status: 0, response: {}, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { claimed: true };
  const [row] = await tx
    .select({ requestHash: idempotencyKeys.requestHash, status: idempotencyKeys.status, response: idempotencyKeys.response })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
  if (!row) throw new Error(`idempotency key ${key} conflicted but cannot be read`);
  return { claimed: false, ...row };
}

/** Records the answer of a claimed key, in the same transaction as the work it answers for. */
export async function settleKey(tx: Db, tenantId: string, key: string, status: number, response: unknown): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ status, response })
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
}

export interface StoredReport {
  tenantId: string;
  id: string;
  mode: string;
  tokenId: string | null;
  createdAt: Date;
  report: unknown;
}

export async function saveReport(tx: Db, stored: StoredReport): Promise<void> {
  await tx.insert(importReports).values(stored);
}

export async function findReport(db: Db, tenantId: string, id: string): Promise<unknown> {
  const [row] = await db
    .select({ report: importReports.report })
    .from(importReports)
    .where(and(eq(importReports.tenantId, tenantId), eq(importReports.id, id)));
  return row?.report;
}
