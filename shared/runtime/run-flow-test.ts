import type { RunInput } from '../catalog/behaviour';
import type { Flow } from '../format/flow-schema';
import type { ExpectedEffect, ExpectedPathStep, FlowTestCase, TestInput } from './flow-test-schema';
import type { RunState } from './run-state';
import { RunError, Runner } from './runner';
import type { RunnerOptions } from './runner';

/** Why a test failed: what was expected and what the run did, in plain words for a terminal or a report. */
export interface TestMismatch {
  code: 'NOT_STARTED' | 'INPUT_REFUSED' | 'PATH' | 'EFFECTS' | 'OUTCOME';
  message: string;
}

export interface FlowTestResult {
  name: string;
  passed: boolean;
  mismatches: TestMismatch[];
  /** The run as it stood after the last input (undefined when it never started). */
  run?: RunState;
}

/** The run input a test input stands for; time passing is not an input but a move of the clock. */
function runInput(input: TestInput): RunInput | undefined {
  if ('reply' in input) return { kind: 'reply', text: input.reply };
  if ('digits' in input) return { kind: 'digits', digits: input.digits };
  if ('http' in input) return { kind: 'http', status: input.http.status, body: input.http.body };
  if ('agent' in input) return { kind: 'agent', name: input.agent };
  return undefined;
}

/** The path of a run as a test writes it: the called flows' steps name their flow. */
export function pathOf(run: RunState): ExpectedPathStep[] {
  return run.path.map((step) => ({
    node: step.nodeId,
    ...(step.port === undefined ? {} : { port: step.port }),
    ...(step.flowId === run.flowId ? {} : { flow: step.flowId }),
  }));
}

/** The effects of a run as a test writes them. */
export function effectsOf(run: RunState): ExpectedEffect[] {
  return run.effects.map((effect) => ({ kind: effect.kind, node: effect.nodeId, ...(effect.detail ? { detail: effect.detail } : {}) }));
}

export function outcomeOf(run: RunState): FlowTestCase['expect']['outcome'] {
  return run.status === 'waiting' ? 'waiting' : (run.ended ?? 'completed');
}

const stepText = (step: ExpectedPathStep) => `${step.flow ? `${step.flow}/` : ''}${step.node}${step.port ? `:${step.port}` : ''}`;

function samePath(expected: readonly ExpectedPathStep[], actual: readonly ExpectedPathStep[]): boolean {
  return expected.length === actual.length && expected.every((step, index) => stepText(step) === stepText(actual[index]!));
}

/** Whether `actual` has every detail `expected` names, with the same value. */
function effectMatches(expected: ExpectedEffect, actual: ExpectedEffect): boolean {
  if (expected.kind !== actual.kind || expected.node !== actual.node) return false;
  return Object.entries(expected.detail ?? {}).every(([key, value]) => JSON.stringify(actual.detail?.[key]) === JSON.stringify(value));
}

/**
 * Runs one test of a flow: starts the run as the test says, gives it the inputs in order (time
 * passing moves the virtual clock), then compares its path, effects and outcome with the
 * expected ones. Deterministic: the same flow and test always give the same result.
 */
export function runFlowTest(flow: Flow, test: FlowTestCase, options: RunnerOptions = {}): FlowTestResult {
  const runner = new Runner(flow, { ...options, world: test.world });
  const mismatches: TestMismatch[] = [];
  let run: RunState | undefined;
  try {
    run = runner.start({ subject: test.subject, now: Date.parse(test.at), triggerId: test.trigger, event: test.event, variables: test.variables, world: test.world });
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    mismatches.push({ code: 'NOT_STARTED', message: error.message });
  }
  if (!run) {
    if (mismatches.length === 0) mismatches.push({ code: 'NOT_STARTED', message: 'no trigger of the flow starts on this event' });
    return { name: test.name, passed: false, mismatches };
  }
  for (const [index, input] of test.inputs.entries()) {
    const given = runInput(input);
    try {
      run = given ? runner.resume(run, given) : runner.passTime(run, run.now + ('wait' in input ? input.wait : 0) * 1000);
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      mismatches.push({ code: 'INPUT_REFUSED', message: `input ${index + 1}: ${error.message}` });
      return { name: test.name, passed: false, mismatches, run };
    }
  }
  const path = pathOf(run);
  if (!samePath(test.expect.path, path)) {
    mismatches.push({ code: 'PATH', message: `expected path ${test.expect.path.map(stepText).join(' → ')}, the run took ${path.map(stepText).join(' → ')}` });
  }
  if (test.expect.effects) {
    const effects = effectsOf(run);
    const differs = test.expect.effects.findIndex((effect, index) => !effects[index] || !effectMatches(effect, effects[index]!));
    if (differs !== -1 || effects.length !== test.expect.effects.length) {
      const at = differs === -1 ? test.expect.effects.length : differs;
      const describe = (effect: ExpectedEffect | undefined) => (effect ? `${effect.kind}@${effect.node} ${JSON.stringify(effect.detail ?? {})}` : 'nothing');
      mismatches.push({ code: 'EFFECTS', message: `effect ${at + 1}: expected ${describe(test.expect.effects[at])}, the run recorded ${describe(effects[at])}` });
    }
  }
  const outcome = outcomeOf(run);
  if (outcome !== test.expect.outcome) mismatches.push({ code: 'OUTCOME', message: `expected the run to be ${test.expect.outcome}, it is ${outcome}` });
  return { name: test.name, passed: mismatches.length === 0, mismatches, run };
}
