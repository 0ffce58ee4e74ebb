import { and, eq } from 'drizzle-orm';
import type { FlowStatus } from '../../shared/tenant-api/flows';
import type { FlowAction } from '../../shared/tenant-api/lifecycle';
import { finalizesAt } from '../../shared/tenant-api/lifecycle';
import type { Flow } from '../../shared/format/flow-schema';
import { enrolledOnChange } from '../../shared/runtime/enrolment-rules';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { toDetail } from './flow-store';
import type { WriteContext } from './flow-store';
import { ejectWaitingRuns } from './run-store';
import { flows } from './schema';

type FlowRow = typeof flows.$inferSelect;

/** A flow row as the lifecycle reads it (the whole row: the document is validated before going live). */
export async function lifecycleRow(db: Db, tenantId: string, id: string): Promise<FlowRow | undefined> {
  const [row] = await db.select().from(flows).where(and(eq(flows.tenantId, tenantId), eq(flows.id, id)));
  return row;
}

/** Every document of the tenant: the context a flow going live is checked against (references, loops). */
export async function tenantDocuments(db: Db, tenantId: string): Promise<{ id: string; document: unknown }[]> {
  return db.select({ id: flows.id, document: flows.document }).from(flows).where(eq(flows.tenantId, tenantId));
}

/**
 * Writes down that a journey paused for three months is finalized. Reads already show it
 * finalized; this records it (with its audit entry) the first time something acts on the
 * flow, so the audit log says when it happened and why. False when another writer got there first.
 */
export async function recordPauseExpiry(tx: Db, ctx: WriteContext, row: FlowRow): Promise<boolean> {
  const [done] = await tx
    .update(flows)
    .set({ status: 'finalized', pausedAt: null })
    .where(and(eq(flows.tenantId, ctx.tenantId), eq(flows.id, row.id), eq(flows.status, 'paused'), eq(flows.revision, row.revision)))
    .returning({ id: flows.id });
  if (!done) return false;
  const detail = { name: row.name, revision: row.revision, from: 'paused', to: 'finalized', automatic: true, pausedAt: row.pausedAt?.toISOString() ?? null, finalizedAt: row.pausedAt ? finalizesAt(row.pausedAt).toISOString() : null };
  await recordAudit(tx, { ...ctx, tokenId: null, clientAddress: null, action: 'flow.finalize', targetId: row.id, detail });
  return true;
}

export interface StatusChange {
  row: FlowRow;
  action: FlowAction;
  to: FlowStatus;
}

/**
 * Moves a flow to its new status when it is still at the revision and status it was read at
 * (one guarded UPDATE, like a save). Publishing and starting stamp publishedAt/By; pausing
 * starts the three-month clock; where the profile's rules say so (stopping a workflow,
 * finalizing a journey) the waiting runs are ejected in the same transaction and the answer
 * says how many. Undefined when another writer changed the flow meanwhile.
 */
export async function changeStatus(tx: Db, ctx: WriteContext, change: StatusChange) {
  const { row, action, to } = change;
  const published = action === 'publish' || action === 'start' ? { publishedAt: ctx.now, publishedBy: ctx.tokenId } : {};
  const [updated] = await tx
    .update(flows)
    .set({ status: to, pausedAt: to === 'paused' ? ctx.now : null, ...published })
    .where(and(eq(flows.tenantId, ctx.tenantId), eq(flows.id, row.id), eq(flows.revision, row.revision), eq(flows.status, row.status)))
    .returning();
  if (!updated) return undefined;
  // After the guarded UPDATE: an event enrolling meanwhile holds a share lock on the flow row, so it committed first (its runs are ejected here) or waits and then finds the flow stopped.
  const ejects = enrolledOnChange((row.document as Flow).profile, to) === 'eject';
  const ejectedContacts = ejects ? await ejectWaitingRuns(tx, ctx.tenantId, row.id, ctx.now) : undefined;
  const detail = { name: row.name, revision: row.revision, from: row.status, to, ...(ejectedContacts === undefined ? {} : { ejectedContacts }) };
  await recordAudit(tx, { ...ctx, action: `flow.${action}`, targetId: row.id, detail });
  return { flow: toDetail(updated, ctx.now), ejectedContacts };
}
