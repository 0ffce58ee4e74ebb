import { create } from 'zustand';
import type { CanvasDiff, DiffMark } from '../../../shared/sync/canvas-diff';

export type { DiffMark } from '../../../shared/sync/canvas-diff';

/**
 * The differences shown on the canvas of one flow file: `canvasDiff(other, shown)` (shared/sync/canvas-diff.ts)
 * and whose version that is. The removed steps and connections are drawn as ghosts where the
 * other version has them.
 */
export interface FlowDiffMarks extends CanvasDiff {
  /** Whose version the shown one was compared with (a tenant connection's name, a revision). */
  against: string;
}

interface DiffMarksState {
  /** By workspace path of the flow file. */
  byPath: Readonly<Record<string, FlowDiffMarks>>;
  show(path: string, marks: FlowDiffMarks): void;
  clear(path: string): void;
}

/**
 * Differences to draw on the canvas (from a comparison), until the user clears them.
 * View state: never saved in the flow, never part of its undo history or validation.
 */
export const useDiffMarks = create<DiffMarksState>()((set) => ({
  byPath: {},
  show: (path, marks) => set((state) => ({ byPath: { ...state.byPath, [path]: marks } })),
  clear: (path) =>
    set((state) => {
      const { [path]: _cleared, ...rest } = state.byPath;
      return { byPath: rest };
    }),
}));

const NO_MARKS: ReadonlyMap<string, DiffMark> = new Map();

/** The marks of a flow as a map for the canvas (one shared empty map when there are none). */
export function marksOf(entry: FlowDiffMarks | undefined): ReadonlyMap<string, DiffMark> {
  return entry ? new Map(Object.entries(entry.marks)) : NO_MARKS;
}
