import type { Flow } from '../shared/format/flow-schema';
import type { FlowCoverage } from '../shared/runtime/coverage';
import type { TestMismatch } from '../shared/runtime/run-flow-test';
import { formatProblem } from './flow-test-inputs';
import type { InputProblem } from './flow-test-inputs';
import { printable, quoted } from './printable';

/** One test's result, as every output names it. */
export interface TestOutcome {
  name: string;
  passed: boolean;
  mismatches: TestMismatch[];
}

/** One flow's tests run: where they came from, their results and what they covered. */
export interface SuiteReport {
  flow: Flow;
  flowPath: string;
  testPath?: string;
  results: TestOutcome[];
  coverage: FlowCoverage;
}

export interface TestReport {
  suites: SuiteReport[];
  problems: InputProblem[];
}

export function countResults(report: TestReport): { total: number; passed: number; failed: number } {
  const all = report.suites.flatMap((suite) => suite.results);
  const passed = all.filter((result) => result.passed).length;
  return { total: all.length, passed, failed: all.length - passed };
}


const nodeName = (flow: Flow, nodeId: string) => flow.nodes.find((node) => node.id === nodeId)?.name || nodeId;

/** Lines for a terminal: each test passed or failed (with why), then each flow's coverage, then a count. */
export function formatHumanTestReport(report: TestReport): string {
  const lines: string[] = [];
  for (const problem of report.problems) lines.push(formatProblem(problem));
  for (const suite of report.suites) {
    const source = printable(suite.testPath ?? suite.flowPath);
    if (suite.results.length === 0) lines.push(`no tests  ${source} (flow ${quoted(suite.flow.name)})`);
    for (const result of suite.results) {
      lines.push(`${result.passed ? 'pass' : 'FAIL'}  ${source} › ${printable(result.name)}`);
      for (const mismatch of result.mismatches) lines.push(`      ${mismatch.code}: ${printable(mismatch.message)}`);
    }
  }
  for (const suite of report.suites) lines.push(...coverageLines(suite));
  const counts = countResults(report);
  const unusable = report.problems.length === 0 ? '' : `; ${report.problems.length} input${report.problems.length === 1 ? '' : 's'} could not be used`;
  lines.push(`${counts.total} test${counts.total === 1 ? '' : 's'}: ${counts.passed} passed, ${counts.failed} failed${unusable}`);
  return `${lines.join('\n')}\n`;
}

function coverageLines(suite: SuiteReport): string[] {
  const { coverage, flow } = suite;
  const lines = [
    `coverage of ${quoted(flow.name)} (${printable(suite.flowPath)}): steps reached ${coverage.steps.reached}/${coverage.steps.total}, ports taken ${coverage.ports.taken}/${coverage.ports.total}`,
  ];
  if (coverage.unreachedSteps.length > 0) {
    lines.push(`  steps no test reaches: ${coverage.unreachedSteps.map((id) => quoted(nodeName(flow, id))).join(', ')}`);
  }
  if (coverage.untakenPorts.length > 0) {
    lines.push(`  ports no test takes: ${coverage.untakenPorts.map((port) => `${quoted(nodeName(flow, port.node))} → ${printable(port.port)}`).join(', ')}`);
  }
  return lines;
}

/** The one documented `--json` shape (see the command's help). */
export function formatJsonTestReport(report: TestReport): string {
  const document = {
    tests: report.suites.map((suite) => ({ flow: suite.flow.id, flowName: suite.flow.name, flowPath: suite.flowPath, testPath: suite.testPath ?? null, count: suite.results.length })),
    results: report.suites.flatMap((suite) =>
      suite.results.map((result) => ({ flow: suite.flow.id, testPath: suite.testPath ?? null, name: result.name, passed: result.passed, mismatches: result.mismatches })),
    ),
    coverage: report.suites.map((suite) => ({
      flow: suite.flow.id,
      flowName: suite.flow.name,
      flowPath: suite.flowPath,
      steps: suite.coverage.steps,
      ports: suite.coverage.ports,
      unreachedSteps: suite.coverage.unreachedSteps.map((id) => ({ node: id, name: nodeName(suite.flow, id) })),
      untakenPorts: suite.coverage.untakenPorts.map((port) => ({ node: port.node, name: nodeName(suite.flow, port.node), port: port.port })),
    })),
    problems: report.problems.map((problem) => ({ path: problem.path, message: problem.message, ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column }) })),
    summary: { ...countResults(report), problems: report.problems.length },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
