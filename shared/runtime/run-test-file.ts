import type { Flow } from '../format/flow-schema';
import { flowCoverage } from './coverage';
import type { FlowCoverage } from './coverage';
import type { FlowTestFile } from './flow-test-schema';
import { runFlowTest } from './run-flow-test';
import type { FlowTestResult } from './run-flow-test';
import type { RunnerOptions } from './runner';

/** What running a flow's test file gave: each test's result, in file order, and the coverage of all its runs together. */
export interface TestFileRun {
  results: FlowTestResult[];
  coverage: FlowCoverage;
}

/**
 * Runs every test of `file` against `flow` and measures which steps and ports the runs reached.
 * The caller checks that the file is the flow's (its `flow` names the flow's id).
 */
export function runTestFile(flow: Flow, file: FlowTestFile, options: RunnerOptions = {}): TestFileRun {
  const results = file.tests.map((test) => runFlowTest(flow, test, options));
  const coverage = flowCoverage(
    flow,
    results.flatMap((result) => (result.run ? [result.run.path] : [])),
  );
  return { results, coverage };
}
