import { create } from 'zustand';

/**
 * How a step stands in what the Simulate panel shows on the canvas: a run passed through it, or
 * is there now; or, while the saved tests' coverage is shown, none of them reaches it.
 */
export type RunMark = 'passed' | 'current' | 'uncovered';

/** The path of a simulated run as the canvas outlines it. View state: never saved in the flow. */
export interface FlowRunMarks {
  /** By node id. */
  steps: Readonly<Record<string, RunMark>>;
  /** The ids of the connections the run took. */
  connections: readonly string[];
  /** While the saved tests' coverage is shown: the connections from an output no test leaves by. */
  untested?: readonly string[];
}

interface RunMarksState {
  /** By open document id. */
  byDoc: Readonly<Record<string, FlowRunMarks>>;
  show(docId: string, marks: FlowRunMarks): void;
  clear(docId: string): void;
}

/**
 * The simulation's path to outline on the canvas of each open flow, while its Simulate panel
 * shows a run. Kept beside the sync comparison's marks (diff-marks.ts), which the canvas draws the
 * same way: the simulator writes, the canvas reads, neither imports the other.
 */
export const useRunMarks = create<RunMarksState>()((set) => ({
  byDoc: {},
  show: (docId, marks) => set((state) => ({ byDoc: { ...state.byDoc, [docId]: marks } })),
  clear: (docId) =>
    set((state) => {
      if (!(docId in state.byDoc)) return state;
      const { [docId]: _cleared, ...rest } = state.byDoc;
      return { byDoc: rest };
    }),
}));

const NO_STEPS: ReadonlyMap<string, RunMark> = new Map();
const NO_CONNECTIONS: ReadonlySet<string> = new Set();

/** The marked steps as a map for the canvas (one shared empty map when there are none). */
export function runStepsOf(entry: FlowRunMarks | undefined): ReadonlyMap<string, RunMark> {
  return entry ? new Map(Object.entries(entry.steps)) : NO_STEPS;
}

/** The taken connections as a set for the canvas. */
export function runConnectionsOf(entry: FlowRunMarks | undefined): ReadonlySet<string> {
  return entry ? new Set(entry.connections) : NO_CONNECTIONS;
}

/** The connections no saved test takes, as a set for the canvas. */
export function untestedConnectionsOf(entry: FlowRunMarks | undefined): ReadonlySet<string> {
  return entry?.untested ? new Set(entry.untested) : NO_CONNECTIONS;
}
