import { z } from 'zod';
import type { FlowDiff } from './flow-diff';

/**
 * How many things of each kind a difference changed: the short summary of a revision's change
 * that the CLI prints on one line and the editor's revisions list shows beside each revision.
 */
export const diffCountsSchema = z.object({
  flowFields: z.number().int().min(0),
  stepsAdded: z.number().int().min(0),
  stepsRemoved: z.number().int().min(0),
  stepsChanged: z.number().int().min(0),
  connectionsAdded: z.number().int().min(0),
  connectionsRemoved: z.number().int().min(0),
});
export type DiffCounts = z.infer<typeof diffCountsSchema>;

export function countDiff(diff: FlowDiff): DiffCounts {
  return {
    flowFields: diff.flow.length,
    stepsAdded: diff.steps.added.length,
    stepsRemoved: diff.steps.removed.length,
    stepsChanged: diff.steps.changed.length,
    connectionsAdded: diff.connections.added.length,
    connectionsRemoved: diff.connections.removed.length,
  };
}
