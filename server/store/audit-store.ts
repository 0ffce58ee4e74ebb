import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditAction, AuditEntry } from '../../shared/tenant-api/audit';
import type { Db } from './database';
import { auditLog } from './schema';

export interface AuditRecord {
  tenantId: string;
  tokenId: string | null;
  action: AuditAction;
  targetId: string | null;
  detail?: Record<string, unknown>;
  now: Date;
}

/** Records one write. Call it with the transaction of the write itself, so a write is never without its entry. */
export async function recordAudit(tx: Db, record: AuditRecord): Promise<void> {
  const { now, ...entry } = record;
  await tx.insert(auditLog).values({ ...entry, at: now, detail: record.detail ?? {} });
}

export async function listAudit(db: Db, tenantId: string, options: { before?: number | undefined; limit: number }): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), options.before === undefined ? undefined : lt(auditLog.id, options.before)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    tokenId: row.tokenId,
    action: row.action as AuditAction,
    targetId: row.targetId,
    detail: row.detail,
  }));
}
