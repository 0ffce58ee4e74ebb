import { create } from 'zustand';
import type { Flow } from '../../../shared/format/flow-schema';
import type { TestInput } from '../../../shared/runtime/flow-test-schema';
import type { RunState } from '../../../shared/runtime/run-state';
import { useRunMarks } from '../documents/run-marks';
import { simulate } from './simulation-run';
import type { SimulationResult } from './simulation-run';
import { defaultSetup, triggersOf } from './simulation-setup';
import type { FieldRow, SimulationSetup, WorldRow } from './simulation-setup';
import { runMarksOf } from './simulation-view';

/** One open flow's simulation: how it starts, what was given to it, and the run that came of it. */
export interface Simulation {
  setup: SimulationSetup;
  inputs: readonly TestInput[];
  /** Null until Run is pressed. */
  result: SimulationResult | null;
}

interface SimulationStore {
  /** By open document id. */
  byDoc: Readonly<Record<string, Simulation>>;
  /** Makes sure the document has a simulation, starting at the flow's first trigger. */
  ensure(docId: string, flow: Flow): void;
  /** Changes how the run starts; a run under way is run again from the start with the same inputs. */
  editSetup(docId: string, flow: Flow, edit: (setup: SimulationSetup) => SimulationSetup): void;
  /** Runs from the start with no inputs: Run and Restart. */
  run(docId: string, flow: Flow): void;
  /** Gives the waiting run an input (a reply, digits, an HTTP answer, an agent, time passing). */
  give(docId: string, flow: Flow, input: TestInput): void;
  /** Runs the simulation again on the flow as it is now (after an edit of the flow). */
  refresh(docId: string, flow: Flow): void;
  /** Forgets the document's simulation and its outline on the canvas. */
  forget(docId: string): void;
}

/** The run as it stands after the last input, if the simulation ran. */
export function lastRun(simulation: Simulation | undefined): RunState | undefined {
  return simulation?.result?.runs.at(-1);
}

/**
 * The simulations of the open flows, with named actions. Every change runs the simulation again
 * from its start (runs are deterministic and cheap), so the run shown is always the one its
 * setup and inputs give, and the one a test saved from it will expect.
 */
export const useSimulations = create<SimulationStore>()((set, get) => {
  /** Stores the simulation and outlines its run on the canvas. */
  const put = (docId: string, flow: Flow, simulation: Simulation) => {
    const result = simulation.result ? simulate(flow, simulation.setup, simulation.inputs) : null;
    set((state) => ({ byDoc: { ...state.byDoc, [docId]: { ...simulation, result } } }));
    const run = result?.runs.at(-1);
    if (run) useRunMarks.getState().show(docId, runMarksOf(flow, run));
    else useRunMarks.getState().clear(docId);
  };
  const current = (docId: string, flow: Flow): Simulation => get().byDoc[docId] ?? { setup: defaultSetup(triggersOf(flow)[0]?.id ?? null), inputs: [], result: null };

  return {
    byDoc: {},
    ensure: (docId, flow) => {
      if (!get().byDoc[docId]) set((state) => ({ byDoc: { ...state.byDoc, [docId]: current(docId, flow) } }));
    },
    editSetup: (docId, flow, edit) => {
      const simulation = current(docId, flow);
      put(docId, flow, { ...simulation, setup: edit(simulation.setup) });
    },
    run: (docId, flow) => {
      const simulation = current(docId, flow);
      put(docId, flow, { setup: simulation.setup, inputs: [], result: { runs: [] } });
    },
    give: (docId, flow, input) => {
      const simulation = current(docId, flow);
      if (!simulation.result) return;
      put(docId, flow, { ...simulation, inputs: [...simulation.inputs, input] });
    },
    refresh: (docId, flow) => {
      const simulation = get().byDoc[docId];
      if (simulation?.result) put(docId, flow, simulation);
    },
    forget: (docId) => {
      set((state) => {
        const { [docId]: _forgotten, ...rest } = state.byDoc;
        return { byDoc: rest };
      });
      useRunMarks.getState().clear(docId);
    },
  };
});

/** Setup edits the panel makes, named. */
export const setupEdits = {
  trigger: (triggerId: string) => (setup: SimulationSetup) => ({ ...setup, triggerId }),
  name: (name: string) => (setup: SimulationSetup) => ({ ...setup, name }),
  addField: () => (setup: SimulationSetup) => ({ ...setup, fields: [...setup.fields, { key: '', value: '' }] }),
  field: (index: number, row: FieldRow) => (setup: SimulationSetup) => ({ ...setup, fields: setup.fields.map((old, at) => (at === index ? row : old)) }),
  removeField: (index: number) => (setup: SimulationSetup) => ({ ...setup, fields: setup.fields.filter((_, at) => at !== index) }),
  tags: (text: string) => (setup: SimulationSetup) => ({ ...setup, tags: text.split(',').map((tag) => tag.trim()) }),
  /** Sets the world's answer to one question at one step, replacing an earlier one. */
  world: (row: WorldRow) => (setup: SimulationSetup) => ({
    ...setup,
    world: [...setup.world.filter((old) => old.nodeId !== row.nodeId || old.question !== row.question), row],
  }),
  removeWorld: (row: WorldRow) => (setup: SimulationSetup) => ({ ...setup, world: setup.world.filter((old) => old !== row) }),
};
