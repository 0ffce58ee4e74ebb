import { and, count, desc, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import type { FlowDetail, FlowListQuery, FlowStatus, FlowSummary } from '../../shared/tenant-api/flows';
import { observedStatus, offeredActions, PAUSE_LIMIT_MONTHS } from '../../shared/tenant-api/lifecycle';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { flowRevisions, flows, tokens, users } from './schema';
import { joinTokenPerson, personColumns } from './token-labels';
import type { FlowActorLabels } from './token-labels';

type FlowRow = typeof flows.$inferSelect;

/** Who writes and when: every write is audited with the token that made it (null on the command line). */
export interface WriteContext {
  tenantId: string;
  tokenId: string | null;
  /** The address of the request (null on the command line), recorded with the audit entry. */
  clientAddress: string | null;
  now: Date;
}

/** The outcome of a write guarded by If-Match. */
export type GuardedWrite<T> = { ok: true; value: T } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'stale'; revision: number };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * How a flow reads at a moment: its status as observed then (a journey paused for three months
 * reads as finalized before anything writes it down) and the actions that status allows.
 */
export interface FlowView {
  profile: Profile;
  now: Date;
}

type SummaryRow = Omit<FlowRow, 'document' | 'tenantId'>;

/**
 * A flow summary as stored: who acted is a token id. Answers add each token's label
 * (token-labels.ts, `labelFlows`); imports and internal reads do without.
 */
export type StoredFlowSummary = Omit<FlowSummary, keyof FlowActorLabels>;
/** A stored flow with its document (see {@link StoredFlowSummary}). */
export type StoredFlow = Omit<FlowDetail, keyof FlowActorLabels>;

function toSummary(row: SummaryRow, view: FlowView): StoredFlowSummary {
  const status = observedStatus(row.status as FlowStatus, row.pausedAt, view.now);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind as FlowSummary['kind'],
    status,
    folder: row.folder,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    publishedAt: iso(row.publishedAt),
    publishedBy: row.publishedBy,
    actions: offeredActions(view.profile, status),
  };
}

/** A stored flow with its document; the document names the profile (the server holds every flow to its tenant's). */
export function toDetail(row: FlowRow, now: Date): StoredFlow {
  const document = row.document as Flow;
  return { ...toSummary(row, { profile: document.profile, now }), document };
}

/** `status` as observed at `now` (see {@link FlowView}), as an SQL condition. */
function statusIs(status: FlowStatus, now: Date) {
  // Calendar months counted in UTC, as finalizesAt counts them, whatever the server's TimeZone setting.
  const pauseOver = sql`(${flows.pausedAt} at time zone 'UTC') + make_interval(months => ${PAUSE_LIMIT_MONTHS}) <= (${now}::timestamptz at time zone 'UTC')`;
  if (status === 'finalized') return or(eq(flows.status, 'finalized'), and(eq(flows.status, 'paused'), pauseOver));
  if (status === 'paused') return and(eq(flows.status, 'paused'), sql`not coalesce(${pauseOver}, false)`);
  return eq(flows.status, status);
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listFlows(db: Db, tenantId: string, query: FlowListQuery, view: FlowView): Promise<StoredFlowSummary[]> {
  const { document: _document, tenantId: _tenant, ...columns } = getTableColumns(flows);
  const text = query.text?.trim();
  const rows = await db
    .select(columns)
    .from(flows)
    .where(
      and(
        eq(flows.tenantId, tenantId),
        query.status === undefined ? undefined : statusIs(query.status, view.now),
        query.folder === undefined ? undefined : eq(flows.folder, query.folder),
        text ? or(ilike(flows.name, likeLiteral(text)), ilike(flows.description, likeLiteral(text))) : undefined,
      ),
    )
    .orderBy(flows.folder, flows.name, flows.id);
  return rows.map((row) => toSummary(row, view));
}

/** One flow as observed at `now`. */
export async function getFlow(db: Db, tenantId: string, id: string, now: Date): Promise<StoredFlow | undefined> {
  const [row] = await db.select().from(flows).where(and(eq(flows.tenantId, tenantId), eq(flows.id, id)));
  return row && toDetail(row, now);
}

/** Every flow of the tenant as cross-flow validation needs it (kinds of called flows). */
export async function flowKinds(db: Db, tenantId: string): Promise<{ id: string; name: string; kind: string }[]> {
  return db.select({ id: flows.id, name: flows.name, kind: flows.kind }).from(flows).where(eq(flows.tenantId, tenantId));
}

export async function countFlows(db: Db, tenantId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(flows).where(eq(flows.tenantId, tenantId));
  return row?.n ?? 0;
}

/** The row of a new flow: a draft at revision 1, created and last updated by the caller. */
export function newFlowRow(ctx: WriteContext, flow: Flow, folder: string) {
  return {
    tenantId: ctx.tenantId,
    id: flow.id,
    name: flow.name,
    description: flow.description,
    kind: flow.kind,
    status: 'draft',
    folder,
    revision: 1,
    document: flow,
    createdAt: ctx.now,
    createdBy: ctx.tokenId,
    updatedAt: ctx.now,
    updatedBy: ctx.tokenId,
  };
}

/** Creates a flow at revision 1; false-y when the tenant already has a flow with this id. */
export async function insertFlow(tx: Db, ctx: WriteContext, flow: Flow, folder: string): Promise<StoredFlow | undefined> {
  const [row] = await tx
    .insert(flows)
    .values(newFlowRow(ctx, flow, folder))
    .onConflictDoNothing()
    .returning();
  if (!row) return undefined;
  await tx.insert(flowRevisions).values({ tenantId: ctx.tenantId, flowId: flow.id, revision: 1, name: flow.name, document: flow, createdAt: ctx.now, createdBy: ctx.tokenId });
  await recordAudit(tx, { ...ctx, action: 'flow.create', targetId: flow.id, detail: { name: flow.name, revision: 1, folder } });
  return toDetail(row, ctx.now);
}

/** Why a guarded write did not happen: the flow is gone, or its revision moved on. */
async function missOrStale(tx: Db, tenantId: string, id: string): Promise<GuardedWrite<never>> {
  const [current] = await tx.select({ revision: flows.revision }).from(flows).where(and(eq(flows.tenantId, tenantId), eq(flows.id, id)));
  return current ? { ok: false, reason: 'stale', revision: current.revision } : { ok: false, reason: 'not_found' };
}

/**
 * Replaces the document when the flow is still at `expected`: the check and the write are one
 * UPDATE, so two writers racing on one revision (even in two server processes) cannot both win.
 */
export async function updateFlow(tx: Db, ctx: WriteContext, expected: number, flow: Flow, folder: string | undefined): Promise<GuardedWrite<StoredFlow>> {
  const [row] = await tx
    .update(flows)
    .set({ name: flow.name, description: flow.description, kind: flow.kind, document: flow, revision: expected + 1, updatedAt: ctx.now, updatedBy: ctx.tokenId, ...(folder === undefined ? {} : { folder }) })
    .where(and(eq(flows.tenantId, ctx.tenantId), eq(flows.id, flow.id), eq(flows.revision, expected)))
    .returning();
  if (!row) return missOrStale(tx, ctx.tenantId, flow.id);
  await tx.insert(flowRevisions).values({ tenantId: ctx.tenantId, flowId: flow.id, revision: row.revision, name: flow.name, document: flow, createdAt: ctx.now, createdBy: ctx.tokenId });
  await recordAudit(tx, { ...ctx, action: 'flow.update', targetId: flow.id, detail: { name: flow.name, revision: row.revision, folder: row.folder } });
  return { ok: true, value: toDetail(row, ctx.now) };
}

/** Deletes a flow and its revisions when it is still at `expected`; the audit entry keeps its name and last revision. */
export async function deleteFlow(tx: Db, ctx: WriteContext, id: string, expected: number): Promise<GuardedWrite<{ id: string; revision: number }>> {
  const [row] = await tx
    .delete(flows)
    .where(and(eq(flows.tenantId, ctx.tenantId), eq(flows.id, id), eq(flows.revision, expected)))
    .returning({ id: flows.id, name: flows.name, revision: flows.revision });
  if (!row) return missOrStale(tx, ctx.tenantId, id);
  await recordAudit(tx, { ...ctx, action: 'flow.delete', targetId: id, detail: { name: row.name, revision: row.revision } });
  return { ok: true, value: { id: row.id, revision: row.revision } };
}

/** One saved revision with the document stored at it, or undefined when the tenant has no such flow or revision. */
export async function getRevision(db: Db, tenantId: string, flowId: string, revision: number) {
  const [row] = await db
    .select({ revision: flowRevisions.revision, name: flowRevisions.name, document: flowRevisions.document, createdAt: flowRevisions.createdAt, createdBy: flowRevisions.createdBy, createdByLabel: tokens.label, createdByUser: personColumns })
    .from(flowRevisions)
    .leftJoin(tokens, and(eq(tokens.id, flowRevisions.createdBy), eq(tokens.tenantId, flowRevisions.tenantId)))
    .leftJoin(users, joinTokenPerson)
    .where(and(eq(flowRevisions.tenantId, tenantId), eq(flowRevisions.flowId, flowId), eq(flowRevisions.revision, revision)));
  return row && { ...row, document: row.document as Flow, createdAt: row.createdAt.toISOString() };
}

/** Every revision of a flow, newest first, each with the token that saved it, that token's label and its person. */
export async function listRevisions(db: Db, tenantId: string, flowId: string) {
  const rows = await db
    .select({ revision: flowRevisions.revision, name: flowRevisions.name, createdAt: flowRevisions.createdAt, createdBy: flowRevisions.createdBy, createdByLabel: tokens.label, createdByUser: personColumns })
    .from(flowRevisions)
    .leftJoin(tokens, and(eq(tokens.id, flowRevisions.createdBy), eq(tokens.tenantId, flowRevisions.tenantId)))
    .leftJoin(users, joinTokenPerson)
    .where(and(eq(flowRevisions.tenantId, tenantId), eq(flowRevisions.flowId, flowId)))
    .orderBy(desc(flowRevisions.revision));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
