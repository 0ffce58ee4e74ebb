import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './database';
import { flows } from './schema';

/** A tenant flow's identity and revision, as a check of expected revisions needs it. */
export interface FlowRevision {
  id: string;
  name: string;
  revision: number;
}

/**
 * The current revision of each of `ids` the tenant has. With `lock`, their rows stay locked
 * until the caller's transaction ends, so no other write can move them between a check and the
 * writes that follow it; rows are locked in id order, so two imports never wait on each other
 * in a circle.
 */
export async function readFlowRevisions(tx: Db, tenantId: string, ids: readonly string[], lock: boolean): Promise<FlowRevision[]> {
  if (ids.length === 0) return [];
  const query = tx
    .select({ id: flows.id, name: flows.name, revision: flows.revision })
    .from(flows)
    .where(and(eq(flows.tenantId, tenantId), inArray(flows.id, [...ids])))
    .orderBy(asc(flows.id));
  return lock ? query.for('update') : query;
}
