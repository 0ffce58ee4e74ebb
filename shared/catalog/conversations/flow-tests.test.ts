import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../format/flow-schema';
import { flowCoverage } from '../../runtime/coverage';
import { readFlowTestFile, serializeFlowTestFile } from '../../runtime/flow-test-file';
import { runFlowTest } from '../../runtime/run-flow-test';

/** The conversations flows that ship: the examples and the built-in templates, each with its tests beside it. */
const folders = [new URL('../../../examples/conversations/', import.meta.url), new URL('../../templates/builtin/conversations/', import.meta.url)];
const flows = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.flow.json'))
    .map((name) => ({ name: `${folder.pathname.split('/').slice(-3, -1).join('/')}/${name}`, flowUrl: new URL(name, folder), testUrl: new URL(name.replace(/\.flow\.json$/, '.flowtest.json'), folder) })),
);

function load(flowUrl: URL, testUrl: URL) {
  const flow = flowSchema.parse(JSON.parse(readFileSync(flowUrl, 'utf8')));
  const text = readFileSync(testUrl, 'utf8');
  const read = readFlowTestFile(text);
  if (!read.ok) throw new Error(`${testUrl.pathname}: ${read.problem.message} at ${read.problem.line}:${read.problem.column}`);
  return { flow, file: read.file, text };
}

describe('the tests of the conversations examples and built-in templates', () => {
  it('cover all twelve shipped flows', () => {
    expect(flows).toHaveLength(12);
  });

  it.each(flows)('$name: its tests name it, are in canonical form, and all pass', ({ flowUrl, testUrl }) => {
    const { flow, file, text } = load(flowUrl, testUrl);
    expect(file.flow).toBe(flow.id);
    expect(serializeFlowTestFile(file)).toBe(text);
    const failures = file.tests.map((test) => runFlowTest(flow, test)).filter((result) => !result.passed).map((result) => `${result.name}: ${result.mismatches.map((m) => m.message).join('; ')}`);
    expect(failures).toEqual([]);
  });

  it.each(flows)('$name: together they reach every step and take every port ("every branch is covered")', ({ flowUrl, testUrl }) => {
    const { flow, file } = load(flowUrl, testUrl);
    const coverage = flowCoverage(flow, file.tests.map((test) => runFlowTest(flow, test).run!.path));
    expect({ unreachedSteps: coverage.unreachedSteps, untakenPorts: coverage.untakenPorts }).toEqual({ unreachedSteps: [], untakenPorts: [] });
  });
});
