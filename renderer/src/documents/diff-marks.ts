import { create } from 'zustand';

/** How a step differs from the tenant's version of its flow. */
export type DiffMark = 'added' | 'changed';

/** The differences shown on the canvas of one flow file. */
export interface FlowDiffMarks {
  /** Whose version the local one was compared with (a tenant connection's name). */
  against: string;
  marks: Readonly<Record<string, DiffMark>>;
  /** Names of the steps only the other version has (they cannot be outlined here). */
  removed: readonly string[];
}

interface DiffMarksState {
  /** By workspace path of the flow file. */
  byPath: Readonly<Record<string, FlowDiffMarks>>;
  show(path: string, marks: FlowDiffMarks): void;
  clear(path: string): void;
}

/**
 * Differences to outline on the canvas (from a sync comparison), until the user clears them.
 * View state: never saved in the flow.
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
