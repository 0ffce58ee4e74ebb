import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWERED, WRONG_BRANCH, orderFlow, testFileText, writeFlowWithTests } from './flow-test-fixtures';
import { STACK_TRACE, makeTempFolder, positionOf, runCli } from './run-cli';

let temp: { path: string; remove: () => void };
beforeEach(() => {
  temp = makeTempFolder();
});
afterEach(() => temp.remove());

const makeEmptyFolder = () => {
  const folder = join(temp.path, 'empty');
  mkdirSync(folder);
  return folder;
};

const OTHER_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('flowpack test', () => {
  it('runs a test file against the flow beside it: a pass line per test, the coverage, exit 0', async () => {
    const { testPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED]);
    const run = await runCli(['test', testPath]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`pass  ${testPath} › the customer gives an order number`);
    // One answered run: "Step late" is never reached and the timeout and failure ports never taken.
    expect(run.stdout).toMatch(/coverage of "Order follow-up" \(.*order\.flow\.json\): steps reached 3\/4, ports taken 3\/\d+/);
    expect(run.stdout).toContain('steps no test reaches: "Step late"');
    expect(run.stdout).toContain('"Step ask" → timeout');
    expect(run.stdout).toContain('1 test: 1 passed, 0 failed');
    expect(run.code).toBe(0);
  });

  it('fails with exit 1 and says how the run differed from what the test expects', async () => {
    const { flowPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED, WRONG_BRANCH]);
    const run = await runCli(['test', flowPath]);
    expect(run.stdout).toContain('FAIL  ');
    expect(run.stdout).toMatch(/FAIL {2}.* › expects the wrong branch\n {6}PATH: expected path opened:next → ask:timeout → late:next, the run took opened:next → ask:answered → thanks:next/);
    expect(run.stdout).toContain('2 tests: 1 passed, 1 failed');
    expect(run.code).toBe(1);
  });

  it('finds every test file in a folder and its sub-folders, each with the flow beside it', async () => {
    writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED]);
    writeFlowWithTests(join(temp.path, 'nested', 'deeper'), 'other', orderFlow(OTHER_ID), [{ ...ANSWERED, name: 'nested test' }]);
    // A flow without tests in a folder is not a test input.
    writeFlowWithTests(temp.path, 'untested', orderFlow('1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'));
    const run = await runCli(['test', temp.path]);
    expect(run.stdout).toContain('› the customer gives an order number');
    expect(run.stdout).toContain('› nested test');
    expect(run.stdout).not.toContain('untested');
    expect(run.stdout).toContain('2 tests: 2 passed, 0 failed');
    expect(run.code).toBe(0);
  });

  it('refuses a test file whose flow id is not the flow beside it, at its line and column, and still runs the others (exit 2)', async () => {
    const { testPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED]);
    writeFileSync(testPath, testFileText(OTHER_ID, [ANSWERED]));
    const good = writeFlowWithTests(join(temp.path, 'good'), 'good', orderFlow(OTHER_ID), [ANSWERED]);
    const run = await runCli(['test', testPath, good.testPath]);
    const at = positionOf(readFileSync(testPath, 'utf8'), `"${OTHER_ID}"`);
    expect(run.stdout).toContain(`${testPath}:${at.line}:${at.column}: error these tests are for the flow ${OTHER_ID}, but ${join(temp.path, 'order.flow.json')} is the flow`);
    expect(run.stdout).toContain(`pass  ${good.testPath} ›`);
    expect(run.code).toBe(2);
  });

  it('reports a test file that is not valid JSON or not the format with file:line:column, exit 2, no stack trace', async () => {
    const { testPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED]);
    writeFileSync(testPath, '{\n  "format": "flowpack.flowtest",\n  "version": 1,\n  "flow": \n');
    const broken = await runCli(['test', testPath]);
    expect(broken.stdout).toMatch(new RegExp(`${testPath}:5:1: error `));
    expect(broken.code).toBe(2);
    writeFileSync(testPath, testFileText(orderFlow().id, [ANSWERED]).replace('"reply": "42"', '"reply": 42'));
    const wrong = await runCli(['test', testPath]);
    // Placed at the input that is none of the kinds an input may be.
    const at = positionOf(readFileSync(testPath, 'utf8'), '"reply": 42');
    expect(wrong.stdout).toContain(`${testPath}:${at.line - 1}:9: error tests.0.inputs.0`);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr + wrong.stdout).not.toMatch(STACK_TRACE);
  });

  it('a test file with no flow beside it is named, exit 2', async () => {
    const { testPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED]);
    writeFileSync(join(temp.path, 'lonely.flowtest.json'), readFileSync(testPath));
    const run = await runCli(['test', join(temp.path, 'lonely.flowtest.json')]);
    expect(run.stdout).toContain(`no flow beside it: ${join(temp.path, 'lonely.flow.json')}`);
    expect(run.code).toBe(2);
  });

  it('lists a flow given without a test file as having no tests, with its coverage at nothing reached', async () => {
    const { flowPath } = writeFlowWithTests(temp.path, 'order', orderFlow());
    const run = await runCli(['test', flowPath]);
    expect(run.stdout).toContain(`no tests  ${flowPath} (flow "Order follow-up")`);
    expect(run.stdout).toMatch(/steps reached 0\/4/);
    expect(run.code).toBe(0);
    const empty = await runCli(['test', makeEmptyFolder()]);
    expect(empty.stderr).toContain('no tests found');
    expect(empty.code).toBe(0);
  });

  it('prints one documented JSON document with --json: tests, results, coverage', async () => {
    const { testPath, flowPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED, WRONG_BRANCH]);
    const run = await runCli(['test', '--json', testPath]);
    const document = JSON.parse(run.stdout);
    expect(document.tests).toEqual([{ flow: orderFlow().id, flowName: 'Order follow-up', flowPath, testPath, count: 2 }]);
    expect(document.results.map((result: { name: string; passed: boolean }) => [result.name, result.passed])).toEqual([
      ['the customer gives an order number', true],
      ['expects the wrong branch', false],
    ]);
    expect(document.results[1].mismatches[0].code).toBe('PATH');
    expect(document.coverage[0]).toMatchObject({ flow: orderFlow().id, steps: { reached: 3, total: 4 }, unreachedSteps: [{ node: 'late', name: 'Step late' }] });
    expect(document.coverage[0].untakenPorts).toContainEqual({ node: 'ask', name: 'Step ask', port: 'timeout' });
    expect(document.summary).toEqual({ total: 2, passed: 1, failed: 1, problems: 0 });
    expect(run.code).toBe(1);
  });

  it('writes JUnit XML for CI: a testsuite per flow, a testcase per test, a failure with the mismatches, text escaped', async () => {
    const tricky = { ...WRONG_BRANCH, name: 'quotes " & <angles> \'apostrophes\'' };
    const { testPath } = writeFlowWithTests(temp.path, 'order', orderFlow(), [ANSWERED, tricky]);
    const junit = join(temp.path, 'results.xml');
    const run = await runCli(['test', '--junit', junit, testPath]);
    expect(run.code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="flowpack test" tests="2" failures="1" errors="0">/);
    expect(xml).toContain('<testsuite name="Order follow-up"');
    expect(xml).toContain('<testcase name="the customer gives an order number" classname="Order follow-up"');
    expect(xml).toContain('name="quotes &quot; &amp; &lt;angles&gt; &apos;apostrophes&apos;"');
    expect(xml).toMatch(/<failure message="expected path opened:next → ask:timeout → late:next, [^"]*" type="PATH">PATH: expected path/);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
  });

  it('a pack argument that is no pack, and a path that does not exist, are inputs that cannot be used (exit 2)', async () => {
    writeFileSync(join(temp.path, 'broken.flowpack'), '{"format": "flowpack.pack"}');
    const run = await runCli(['test', join(temp.path, 'broken.flowpack'), join(temp.path, 'missing.flowtest.json')]);
    expect(run.stdout).toContain(`${join(temp.path, 'broken.flowpack')}`);
    expect(run.stdout).toContain(`${join(temp.path, 'missing.flowtest.json')}: error no such file or directory`);
    expect(run.code).toBe(2);
  });

  it('documents its exit codes as validate does, and a call without paths is a usage error', async () => {
    const help = await runCli(['test', '--help']);
    expect(help.stdout).toContain('0  every test passed');
    expect(help.stdout).toContain('1  at least one test failed');
    expect(help.stdout).toContain('2  a usage error, or an input could not be read');
    const none = await runCli(['test']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Run "flowpack test --help"');
  });
});
