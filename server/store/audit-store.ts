import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditAction, AuditEntry } from '../../shared/tenant-api/audit';
import type { Db } from './database';
import { auditLog, tokens, users } from './schema';
import { joinTokenPerson, personColumns } from './token-labels';

export interface AuditRecord {
  tenantId: string;
  tokenId: string | null;
  action: AuditAction;
  targetId: string | null;
  detail?: Record<string, unknown>;
  /** The address of the request; null for what the server's command line does. */
  clientAddress: string | null;
  now: Date;
}

/** Records one write, refusal or dry-run. Call it with the transaction of the write itself, so a write is never without its entry. */
export async function recordAudit(tx: Db, record: AuditRecord): Promise<void> {
  const { now, ...entry } = record;
  await tx.insert(auditLog).values({ ...entry, at: now, detail: record.detail ?? {} });
}

/** The log, newest first, each entry with its token's label and person beside the id (so it reads as who did what). */
export async function listAudit(db: Db, tenantId: string, options: { before?: number | undefined; limit: number }): Promise<AuditEntry[]> {
  const rows = await db
    .select({ entry: auditLog, tokenLabel: tokens.label, user: personColumns })
    .from(auditLog)
    .leftJoin(tokens, and(eq(tokens.id, auditLog.tokenId), eq(tokens.tenantId, auditLog.tenantId)))
    .leftJoin(users, joinTokenPerson)
    .where(and(eq(auditLog.tenantId, tenantId), options.before === undefined ? undefined : lt(auditLog.id, options.before)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
  return rows.map(({ entry, tokenLabel, user }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    tokenId: entry.tokenId,
    tokenLabel,
    user,
    action: entry.action as AuditAction,
    targetId: entry.targetId,
    detail: entry.detail,
    clientAddress: entry.clientAddress,
  }));
}
