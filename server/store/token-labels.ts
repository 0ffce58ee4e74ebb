import { and, eq, inArray } from 'drizzle-orm';
import type { ActorPerson } from '../../shared/tenant-api/people';
import type { Db } from './database';
import { tokens, users } from './schema';

/** What answers say of a token that acted: its label, and its person when it belongs to one. */
export interface TokenActor {
  label: string;
  person: ActorPerson;
}

/** The columns naming a token's person, for queries that left-join `users` on the token (see {@link joinTokenPerson}). */
export const personColumns = { id: users.id, name: users.name, email: users.email };

/** The join condition from a token to its person: same tenant, the token's `user_id`. */
export const joinTokenPerson = and(eq(users.tenantId, tokens.tenantId), eq(users.id, tokens.userId));

/**
 * The labels and people of some of a tenant's tokens, by id, in one query. Ids of no token of
 * this tenant (null: the command line acted) are left out, so an id never reveals another
 * tenant's label or person.
 */
export async function tokenActors(db: Db, tenantId: string, ids: Iterable<string | null>): Promise<Map<string, TokenActor>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: tokens.id, label: tokens.label, person: personColumns })
    .from(tokens)
    .leftJoin(users, joinTokenPerson)
    .where(and(eq(tokens.tenantId, tenantId), inArray(tokens.id, wanted)));
  return new Map(rows.map((row) => [row.id, { label: row.label, person: row.person }]));
}

/** Who created, last saved and last published a flow, as the store keeps it: token ids. */
export interface FlowActors {
  createdBy: string | null;
  updatedBy: string | null;
  publishedBy: string | null;
}

/** The same, named for people (shared/tenant-api/flows.ts `...ByLabel`, `...ByUser`). */
export interface FlowActorLabels {
  createdByLabel: string | null;
  updatedByLabel: string | null;
  publishedByLabel: string | null;
  createdByUser: ActorPerson;
  updatedByUser: ActorPerson;
  publishedByUser: ActorPerson;
}

/**
 * Flows as answers show them: each token id with its label and person beside it. They are
 * read when answering rather than copied into the flow rows, so every write path (imports
 * included) stays as it is and a flow never shows a stale label or name.
 */
export async function labelFlows<T extends FlowActors>(db: Db, tenantId: string, flows: readonly T[]): Promise<(T & FlowActorLabels)[]> {
  const actors = await tokenActors(
    db,
    tenantId,
    flows.flatMap((flow) => [flow.createdBy, flow.updatedBy, flow.publishedBy]),
  );
  const actor = (id: string | null) => (id === null ? undefined : actors.get(id));
  return flows.map((flow) => ({
    ...flow,
    createdByLabel: actor(flow.createdBy)?.label ?? null,
    updatedByLabel: actor(flow.updatedBy)?.label ?? null,
    publishedByLabel: actor(flow.publishedBy)?.label ?? null,
    createdByUser: actor(flow.createdBy)?.person ?? null,
    updatedByUser: actor(flow.updatedBy)?.person ?? null,
    publishedByUser: actor(flow.publishedBy)?.person ?? null,
  }));
}

/** One flow with its labels (see {@link labelFlows}). */
export async function labelFlow<T extends FlowActors>(db: Db, tenantId: string, flow: T): Promise<T & FlowActorLabels> {
  const [labelled] = await labelFlows(db, tenantId, [flow]);
  return labelled!;
}
