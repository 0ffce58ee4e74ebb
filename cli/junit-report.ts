import type { InputProblem } from './flow-test-inputs';
import type { TestReport } from './test-report';

/**
 * Text as XML 1.0 character data or an attribute value: the five markup characters escaped, and
 * the characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * written as a visible `\uXXXX`, since no escape makes them legal and a CI server's parser
 * would reject the whole report over one of them.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)
    // eslint-disable-next-line no-control-regex -- finding characters XML forbids is this pattern's purpose
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');

/**
 * The report as JUnit XML, the form CI systems read: a testsuite per flow, a testcase per test,
 * a failure element per failed test with every mismatch; an input that could not be used is a
 * testsuite whose one testcase has an error element, so CI shows it rather than a silent pass.
 */
export function formatJunitReport(report: TestReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.suites.reduce((sum, suite) => sum + suite.results.filter((result) => !result.passed).length, 0);
  const tests = report.suites.reduce((sum, suite) => sum + suite.results.length, 0) + report.problems.length;
  lines.push(`<testsuites${attributes({ name: 'flowpack test', tests, failures, errors: report.problems.length })}>`);
  for (const suite of report.suites) {
    const failed = suite.results.filter((result) => !result.passed).length;
    lines.push(`  <testsuite${attributes({ name: suite.flow.name, file: suite.testPath ?? suite.flowPath, tests: suite.results.length, failures: failed, errors: 0 })}>`);
    for (const result of suite.results) {
      const caseAttributes = attributes({ name: result.name, classname: suite.flow.name, file: suite.testPath ?? suite.flowPath });
      if (result.passed) {
        lines.push(`    <testcase${caseAttributes}/>`);
        continue;
      }
      const message = result.mismatches.map((mismatch) => mismatch.message).join('; ');
      const body = result.mismatches.map((mismatch) => `${mismatch.code}: ${mismatch.message}`).join('\n');
      lines.push(`    <testcase${caseAttributes}>`, `      <failure${attributes({ message, type: result.mismatches[0]?.code ?? 'FAILED' })}>${xmlText(body)}</failure>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  for (const problem of report.problems) lines.push(...problemSuite(problem));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function problemSuite(problem: InputProblem): string[] {
  const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}:${problem.column ?? 1}`;
  return [
    `  <testsuite${attributes({ name: problem.path, file: problem.path, tests: 1, failures: 0, errors: 1 })}>`,
    `    <testcase${attributes({ name: 'read the tests', classname: problem.path, file: problem.path })}>`,
    `      <error${attributes({ message: `${where}: ${problem.message}`, type: 'UNREADABLE' })}/>`,
    '    </testcase>',
    '  </testsuite>',
  ];
}
