import type { Flow } from '../../../shared/format/flow-schema';
import { diffFlows } from '../../../shared/sync/flow-diff';
import type { DiffMark, FlowDiffMarks } from '../documents/diff-marks';

/**
 * What the canvas compare draws over `after` (the revision shown) against `before`: the same
 * marks the Sync view's "Show on the canvas" shows (steps added, steps whose content changed,
 * a step only moved is not marked) and the steps only `before` has.
 */
export function revisionCanvasDiff(before: Flow, after: Flow): Omit<FlowDiffMarks, 'against'> {
  const diff = diffFlows(before, after);
  const marks: Record<string, DiffMark> = {};
  for (const step of diff.steps.added) marks[step.id] = 'added';
  for (const step of diff.steps.changed) if (step.fields.length > 0) marks[step.id] = 'changed';
  return { marks, removed: diff.steps.removed.map((step) => step.name || step.id) };
}
