import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { RunEvent } from '../../shared/catalog/behaviour';
import type { Flow } from '../../shared/format/flow-schema';
import { Runner } from '../../shared/runtime/runner';
import type { Db } from '../store/database';
import { flows } from '../store/schema';

/** The database's fingerprint of a flow's stored document (migration 0010). */
const documentMd5 = sql<string>`"flows"."document_md5"`;

/** A stored document, parsed once, with a runner to ask which events start it. */
interface KnownFlow {
  md5: string;
  flow: Flow;
  triggers: Runner;
}

/**
 * How many flows a process keeps parsed: enough for every live flow of the tenants it serves;
 * past it the flow parsed longest ago goes first (and is read again when an event needs it).
 */
const KEPT_FLOWS = 2_000;

/**
 * The flows' documents this process has parsed, by tenant and flow, each with the fingerprint
 * the database gave it. An event used to read and parse every live flow's whole document (a
 * 1,000-step flow is close to a megabyte of JSON) and index it for a runner; now it reads the
 * fingerprints and reads a document only when it is new to this process or was changed (here
 * or by another process: the fingerprint is read in the event's own transaction).
 */
const known = new Map<string, KnownFlow>();

const keyOf = (tenantId: string, flowId: string) => `${tenantId}\u0000${flowId}`;

function remember(tenantId: string, id: string, md5: string, flow: Flow): KnownFlow {
  const entry = { md5, flow, triggers: new Runner(flow) };
  known.delete(keyOf(tenantId, id));
  known.set(keyOf(tenantId, id), entry);
  if (known.size > KEPT_FLOWS) known.delete(known.keys().next().value!);
  return entry;
}

/** The parsed documents of `rows` (id and fingerprint just read), reading only those not known at that fingerprint. */
async function documentsOf(tx: Db, tenantId: string, rows: readonly { id: string; md5: string }[]): Promise<Map<string, KnownFlow>> {
  const found = new Map<string, KnownFlow>();
  const missing: string[] = [];
  for (const row of rows) {
    const entry = known.get(keyOf(tenantId, row.id));
    if (entry?.md5 === row.md5) found.set(row.id, entry);
    else missing.push(row.id);
  }
  if (missing.length > 0) {
    const read = await tx
      .select({ id: flows.id, md5: documentMd5, document: flows.document })
      .from(flows)
      .where(and(eq(flows.tenantId, tenantId), inArray(flows.id, missing)));
    for (const row of read) found.set(row.id, remember(tenantId, row.id, row.md5, row.document as Flow));
  }
  return found;
}

/** The stored documents of the tenant's flows `ids` (those that exist), parsed once per process and version. */
export async function flowDocuments(tx: Db, tenantId: string, ids: readonly string[]): Promise<Map<string, Flow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: flows.id, md5: documentMd5 }).from(flows).where(and(eq(flows.tenantId, tenantId), inArray(flows.id, ids)));
  const documents = await documentsOf(tx, tenantId, rows);
  return new Map([...documents].map(([id, entry]) => [id, entry.flow]));
}

/** A live flow some event starts, as read under the lock. */
export interface StartingFlow {
  id: string;
  status: string;
  document: Flow;
}

/**
 * The tenant's flows in one of `statuses` that `events` start: the flows, each row locked FOR
 * SHARE (a stop or finalize of one of them waits for the events' transaction to commit, then
 * ejects the runs it started), and for each event the ids of those it starts, in id order.
 * Flows no event starts are read without a lock (only their status and fingerprint): locking
 * every live flow for every event made each event write a lock on every live flow's row, and
 * concurrent events share those rows. Two statements however many events there are.
 */
export async function liveFlowsStartedBy(
  tx: Db,
  tenantId: string,
  statuses: readonly string[],
  events: readonly RunEvent[],
): Promise<{ flows: Map<string, StartingFlow>; startedBy: string[][] }> {
  const none = { flows: new Map<string, StartingFlow>(), startedBy: events.map(() => []) };
  // A reusable call flow is started by the flow that calls it, never by an event of its own (contact-center start.run.ts).
  const live = and(eq(flows.tenantId, tenantId), inArray(flows.status, [...statuses]), ne(flows.kind, 'reusable'));
  const candidates = await tx.select({ id: flows.id, md5: documentMd5 }).from(flows).where(live);
  const documents = await documentsOf(tx, tenantId, candidates);
  // A flow deleted since the first read has no document here: it starts nothing.
  const starts = (entry: KnownFlow | undefined, event: RunEvent) => (entry?.triggers.triggersFor(event).length ?? 0) > 0;
  const starting = candidates.filter((row) => events.some((event) => starts(documents.get(row.id), event))).map((row) => row.id);
  if (starting.length === 0) return none;
  // Read again under the lock: a flow stopped or changed meanwhile is seen as it is now.
  const locked = await tx
    .select({ id: flows.id, status: flows.status, md5: documentMd5 })
    .from(flows)
    .where(and(live, inArray(flows.id, starting)))
    .orderBy(flows.id)
    .for('share');
  const current = await documentsOf(tx, tenantId, locked);
  const found = new Map<string, StartingFlow>();
  // Each locked row's document is read in this transaction after the lock, so it is there.
  for (const row of locked) {
    const entry = current.get(row.id)!;
    found.set(row.id, { id: row.id, status: row.status, document: entry.flow });
  }
  const startedBy = events.map((event) => locked.filter((row) => starts(current.get(row.id), event)).map((row) => row.id));
  return { flows: found, startedBy };
}
