import type { Flow } from '../format/flow-schema';
import { countDiff } from './diff-counts';
import type { DiffCounts } from './diff-counts';
import { diffFlows } from './flow-diff';
import type { z } from 'zod';
import type { flowRevisionSchema } from '../tenant-api/flows';

type FlowRevision = z.infer<typeof flowRevisionSchema>;

/** One revision of a tenant flow with what it changed against the revision before it. */
export type RevisionSummary = FlowRevision & {
  /** Null for the oldest revision kept: nothing to compare it with. */
  changes: DiffCounts | null;
};

/**
 * A flow's revisions, newest first, each compared with the one before it, as both
 * `flowpack revisions` and the editor's revisions list show them. The tenant's list carries no
 * documents, so `documentOf` reads each revision's once (the caller words a missing one).
 */
export async function summariseRevisions(revisions: readonly FlowRevision[], documentOf: (revision: number) => Promise<Flow>): Promise<RevisionSummary[]> {
  const documents = new Map<number, Flow>();
  for (const { revision } of revisions) documents.set(revision, await documentOf(revision));
  const oldestFirst = [...revisions].sort((a, b) => a.revision - b.revision);
  return oldestFirst
    .map((entry, index) => {
      const previous = oldestFirst[index - 1];
      const changes = previous ? countDiff(diffFlows(documents.get(previous.revision)!, documents.get(entry.revision)!)) : null;
      return { ...entry, changes };
    })
    .reverse();
}
