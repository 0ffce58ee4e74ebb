import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './database';
import { tokens } from './schema';

/**
 * The labels of some of a tenant's tokens, by id, in one query. Ids of no token of this tenant
 * (null: the command line acted) are left out, so an id never reveals another tenant's label.
 */
export async function tokenLabels(db: Db, tenantId: string, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: tokens.id, label: tokens.label })
    .from(tokens)
    .where(and(eq(tokens.tenantId, tenantId), inArray(tokens.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.label]));
}

/** Who created, last saved and last published a flow, as the store keeps it: token ids. */
export interface FlowActors {
  createdBy: string | null;
  updatedBy: string | null;
  publishedBy: string | null;
}

/** The same, named for people (shared/tenant-api/flows.ts `...ByLabel`). */
export interface FlowActorLabels {
  createdByLabel: string | null;
  updatedByLabel: string | null;
  publishedByLabel: string | null;
}

/**
 * Flows as answers show them: each token id with its label beside it. Labels are read when
 * answering rather than copied into the flow rows, so every write path (imports included)
 * stays as it is and a flow never shows a stale label.
 */
export async function labelFlows<T extends FlowActors>(db: Db, tenantId: string, flows: readonly T[]): Promise<(T & FlowActorLabels)[]> {
  const labels = await tokenLabels(
    db,
    tenantId,
    flows.flatMap((flow) => [flow.createdBy, flow.updatedBy, flow.publishedBy]),
  );
  const label = (id: string | null) => (id === null ? null : (labels.get(id) ?? null));
  return flows.map((flow) => ({ ...flow, createdByLabel: label(flow.createdBy), updatedByLabel: label(flow.updatedBy), publishedByLabel: label(flow.publishedBy) }));
}

/** One flow with its labels (see {@link labelFlows}). */
export async function labelFlow<T extends FlowActors>(db: Db, tenantId: string, flow: T): Promise<T & FlowActorLabels> {
  const [labelled] = await labelFlows(db, tenantId, [flow]);
  return labelled!;
}
