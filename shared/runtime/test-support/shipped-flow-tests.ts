import { flowSchema } from '../../format/flow-schema';
import { flowCoverage } from '../coverage';
import type { FlowCoverage } from '../coverage';
import { readFlowTestFile } from '../flow-test-file';
import { runFlowTest } from '../run-flow-test';

/** What running a shipped flow's test file gave: the tests that failed and why, and the coverage of all its runs. */
export interface ShippedFlowTestsResult {
  /** The flow id the test file names, to check it against the flow's. */
  testedFlow: string;
  flowId: string;
  tests: number;
  failures: { name: string; mismatches: string[] }[];
  coverage: FlowCoverage;
}

/**
 * Runs the test file written beside a shipped flow (an example or a built-in template), from
 * the two files' texts, so each profile's test can check that its flows' tests pass and that
 * together they take every port of every step. Reading the files is the caller's: shared/ stays
 * free of the file system.
 */
export function runShippedFlowTests(flowText: string, testText: string): ShippedFlowTestsResult {
  const flow = flowSchema.parse(JSON.parse(flowText));
  const read = readFlowTestFile(testText);
  if (!read.ok) throw new Error(`test file refused: ${read.problem.message} (line ${read.problem.line ?? '?'})`);
  const results = read.file.tests.map((test) => runFlowTest(flow, test));
  return {
    testedFlow: read.file.flow,
    flowId: flow.id,
    tests: results.length,
    failures: results.filter((result) => !result.passed).map((result) => ({ name: result.name, mismatches: result.mismatches.map((mismatch) => mismatch.message) })),
    coverage: flowCoverage(flow, results.flatMap((result) => (result.run ? [result.run.path] : []))),
  };
}
