import { z } from 'zod';
import { diffCountsSchema } from '../sync/diff-counts';
import { flowRevisionDetailSchema, flowRevisionSchema } from '../tenant-api/flows';

/**
 * The host calls of a tenant flow's revisions: the list with what each changed, one revision's
 * document (opened read-only, or compared with another), and a restore. Spread into HOST_CALLS
 * in contract.ts.
 */

function call<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

/** One revision as the revisions list shows it: `changes` against the revision before (null for the oldest kept). */
export const revisionSummarySchema = flowRevisionSchema.extend({ changes: diffCountsSchema.nullable() });
export type RevisionSummaryView = z.infer<typeof revisionSummarySchema>;

const flowOnTenant = { id: z.uuid(), flowId: z.uuid() };

export const REVISION_CALLS = {
  /** A tenant flow's revisions, newest first (the first is the current one), each compared with the one before. */
  'tenants:revisions': call(z.object(flowOnTenant).strict(), z.object({ revisions: z.array(revisionSummarySchema) })),
  /** One revision of a tenant flow with its document, as the tenant stored it then. */
  'tenants:revision': call(z.object({ ...flowOnTenant, revision: z.number().int().min(1) }).strict(), z.object({ revision: flowRevisionDetailSchema })),
  /**
   * Makes `revision`'s document the flow's content again, as a new revision: an ordinary update
   * sent with `If-Match` of `current` (the revision the list showed as current), so a change saved
   * since is refused rather than overwritten, and the flow's lifecycle rules refuse it as any save
   * (REMOTE, with the tenant's reason). Answers the new revision.
   */
  'tenants:restore': call(
    z.object({ ...flowOnTenant, revision: z.number().int().min(1), current: z.number().int().min(1) }).strict(),
    z.object({ revision: z.number().int().min(1) }),
  ),
} as const;
