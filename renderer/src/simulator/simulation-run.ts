import type { Flow } from '../../../shared/format/flow-schema';
import { stepBehaviourOf, triggerBehaviourOf } from '../../../shared/catalog/behaviours';
import { findStepType } from '../../../shared/catalog/registry';
import { flowTestCaseSchema } from '../../../shared/runtime/flow-test-schema';
import type { FlowTestCase, TestInput } from '../../../shared/runtime/flow-test-schema';
import { effectsOf, outcomeOf, pathOf, runFlowTest } from '../../../shared/runtime/run-flow-test';
import type { RunState } from '../../../shared/runtime/run-state';
import { testStartOf } from './simulation-setup';
import type { SimulationSetup } from './simulation-setup';

// The part of the simulator that runs flows: it imports the runtime and every type's behaviour,
// so only the Simulate panel's chunk holds it (the editor's start never loads how flows run).

/** A simulation after its inputs: the run after each one (so the transcript can put them in order), or why it stopped. */
export interface SimulationResult {
  /** `runs[0]` is the run as it started; `runs[i]` after the i-th input. */
  runs: RunState[];
  /** Why the run could not start or refused an input, in the runtime's words (the panel words its own part). */
  problem?: string;
}

/** The steps of the flow no simulation can run yet: their type has no run-time behaviour. */
export function stepsWithoutBehaviour(flow: Flow): string[] {
  return flow.nodes
    .filter((node) => findStepType(flow.profile, node.type) !== undefined && !stepBehaviourOf(flow.profile, node.type) && !triggerBehaviourOf(flow.profile, node.type))
    .map((node) => node.id);
}

/** The flow test a simulation stands for; `expect` is what the run did, so a later run must do it again. */
export function testCaseOf(flow: Flow, setup: SimulationSetup, inputs: readonly TestInput[], run: RunState | undefined, name: string): FlowTestCase {
  return flowTestCaseSchema.parse({
    name,
    ...testStartOf(setup, flow.profile),
    inputs,
    expect: run ? { path: pathOf(run), effects: effectsOf(run), outcome: outcomeOf(run) } : { path: [], outcome: 'completed' },
  });
}

/**
 * Runs the simulation from its start through its inputs, as `flowpack test` would run the test
 * saved from it: the same runner, through {@link runFlowTest}, so what the panel shows is what
 * the saved test expects. Deterministic, so Restart and every change of the setup just run it again.
 */
export function simulate(flow: Flow, setup: SimulationSetup, inputs: readonly TestInput[]): SimulationResult {
  const runs: RunState[] = [];
  for (let given = 0; given <= inputs.length; given++) {
    let result;
    try {
      result = runFlowTest(flow, testCaseOf(flow, setup, inputs.slice(0, given), undefined, 'simulation'));
    } catch (error) {
      return { runs, problem: error instanceof Error ? error.message : String(error) };
    }
    const refused = result.mismatches.find((mismatch) => mismatch.code === 'NOT_STARTED' || mismatch.code === 'INPUT_REFUSED');
    if (refused || !result.run) return { runs, problem: refused?.message ?? 'the run did not start' };
    runs.push(result.run);
  }
  return { runs };
}
