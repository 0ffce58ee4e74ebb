import { parseArgs } from 'node:util';
import { emptyFlowTestFile } from '../../shared/runtime/flow-test-file';
import { runTestFile } from '../../shared/runtime/run-test-file';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { readTestInputs } from '../flow-test-inputs';
import { formatJunitReport } from '../junit-report';
import { writeOutputFile } from '../output-file';
import { parseSize } from '../size-option';
import { countResults, formatHumanTestReport, formatJsonTestReport } from '../test-report';
import type { TestReport } from '../test-report';
import { DEFAULT_MAX_BYTES } from './validate';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack test` returns, printed in its help. */
export const TEST_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'every test passed'],
  [EXIT_CODES.errors, 'at least one test failed'],
  [EXIT_CODES.failure, 'a usage error, or an input could not be read, parsed or matched to its flow (the other files are still run), or the JUnit file could not be written'],
];

export const TEST_HELP = `Usage: flowpack test [--json] [--junit <file>] [--max-size <size>] <path>...

Runs flow tests offline, with the same interpreter as the editor's simulator, and shows which
steps and ports the tests reach. Paths may be:
  a test file (*.flowtest.json)  run against the flow file of the same name beside it
                                 (welcome.flowtest.json tests welcome.flow.json); the test
                                 file's "flow" must be that flow's id
  a flow file (*.flow.json)      run the tests beside it; a flow without them is listed as
                                 having no tests
  a folder                       every test file in it and its sub-folders (searched as
                                 validate searches), each with the flow beside it
  a pack (*.flowpack)            the tests the pack carries, against its flows
  -                              a pack read from standard input, as above
Flows a tested flow calls (contact-center reusable flows) are found by id, UUID or name
among the tested flows, then in their workspace (the folder with flowpack.workspace.json
above them, else the flow's own folder); for a pack, among the pack's flows. Files are
only read, never changed.

Options:
  --json             Print one JSON document instead of lines (see below)
  --junit <file>     Also write the results as JUnit XML for CI systems (replaced if it exists)
  --max-size <size>  Refuse larger files without reading them. Default: 10MB
  -h, --help         Show this help

Output: one line per test, "pass" or "FAIL", the file and the test's name, each mismatch
under a failed test (PATH, EFFECTS, OUTCOME, NOT_STARTED, INPUT_REFUSED), then each flow's
coverage: steps reached x/y, ports taken x/y, and the steps and ports no test reaches, by
node name. An input that cannot be used is one line "path:line:column: error message".

With --json, one document:
  {"tests":    [{"flow":"<id>","flowName":"...","flowPath":"...","testPath":"..."|null,"count":2}],
   "results":  [{"flow":"<id>","testPath":"...","name":"...","passed":false,
                 "mismatches":[{"code":"PATH","message":"..."}]}],
   "coverage": [{"flow":"<id>","flowName":"...","flowPath":"...",
                 "steps":{"reached":4,"total":5},"ports":{"taken":5,"total":7},
                 "unreachedSteps":[{"node":"<id>","name":"..."}],
                 "untakenPorts":[{"node":"<id>","name":"...","port":"timeout"}]}],
   "problems": [{"path":"...","message":"...","line":3,"column":14}],
   "summary":  {"total":2,"passed":1,"failed":1,"problems":0}}
  "line" and "column" are left out where there is no position.

With --junit: a testsuite per flow, a testcase per test, a failure element per failed test
holding its mismatches; an input that cannot be used is a testsuite with one error element.

${formatExitStatus(TEST_EXIT_STATUS)}`;

/** The options `flowpack test` parses; completion offers the same. */
export const TEST_OPTIONS = { json: { type: 'boolean' }, junit: { type: 'string' }, 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack test`: runs flow tests and prints their results and coverage. */
export async function runTestCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: TEST_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(TEST_HELP);
    return EXIT_CODES.ok;
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === undefined) throw new UsageError(`--max-size: "${values['max-size']}" is not a size (e.g. 500KB, 10MB)`, 'test');
  if (positionals.length === 0) throw new UsageError('test needs at least one test file, flow file, folder or pack', 'test');
  if (values.junit === '') throw new UsageError('--junit needs a file name', 'test');

  const inputs = readTestInputs(positionals, maxBytes);
  const report: TestReport = {
    problems: inputs.problems,
    suites: inputs.suites.map((suite) => {
      const run = runTestFile(suite.flow, suite.tests ?? emptyFlowTestFile(suite.flow.id), { flows: suite.flows });
      return { flow: suite.flow, flowPath: suite.flowPath, testPath: suite.testPath, results: run.results, coverage: run.coverage };
    }),
  };
  if (report.suites.length === 0 && report.problems.length === 0) output.stderr('flowpack: no tests found (no *.flowtest.json files, and no tests in the packs given)\n');
  output.stdout(values.json ? formatJsonTestReport(report) : formatHumanTestReport(report));
  if (values.junit !== undefined) await writeOutputFile(values.junit, formatJunitReport(report), { replace: true });
  if (report.problems.length > 0) return EXIT_CODES.failure;
  return countResults(report).failed > 0 ? EXIT_CODES.errors : EXIT_CODES.ok;
}

export const testCommand: CommandDefinition = { run: runTestCommand, options: TEST_OPTIONS, exitStatus: TEST_EXIT_STATUS };
