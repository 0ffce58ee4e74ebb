import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../format/flow-schema';
import type { Flow } from '../../format/flow-schema';
import { flowCoverage } from '../../runtime/coverage';
import { readFlowTestFile, serializeFlowTestFile } from '../../runtime/flow-test-file';
import { FLOW_TEST_SUFFIX } from '../../runtime/flow-test-schema';
import { runFlowTest } from '../../runtime/run-flow-test';

/**
 * Every contact-center example flow and built-in template ships with tests that cover each of
 * its branches; some of them call each other, so a folder's flows are what its runs may call.
 */
const FOLDERS = {
  examples: new URL('../../../examples/contact-center/', import.meta.url),
  templates: new URL('../../templates/builtin/contact-center/', import.meta.url),
};

function flowsIn(folder: URL): Map<string, Flow> {
  const stems = readdirSync(folder).filter((name) => name.endsWith('.flow.json'));
  return new Map(stems.map((name) => [name.slice(0, -'.flow.json'.length), flowSchema.parse(JSON.parse(readFileSync(new URL(name, folder), 'utf8')))]));
}

describe.each(Object.entries(FOLDERS))('contact-center %s', (_label, folder) => {
  const flows = flowsIn(folder);
  const library = [...flows.values()];
  const options = { flows: (ref: { id?: string }) => library.find((flow) => flow.id === ref.id) };

  it.each([...flows.keys()])('%s has its tests beside it, in canonical form, naming the flow', (stem) => {
    const text = readFileSync(new URL(`${stem}${FLOW_TEST_SUFFIX}`, folder), 'utf8');
    const read = readFlowTestFile(text);
    expect(read.ok ? undefined : read.problem).toBeUndefined();
    if (!read.ok) return;
    expect(read.file.flow).toBe(flows.get(stem)!.id);
    expect(serializeFlowTestFile(read.file)).toBe(text);
  });

  it.each([...flows.keys()])('%s passes all its tests, which take every port of every step', (stem) => {
    const flow = flows.get(stem)!;
    const read = readFlowTestFile(readFileSync(new URL(`${stem}${FLOW_TEST_SUFFIX}`, folder), 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    const results = read.file.tests.map((test) => runFlowTest(flow, test, options));
    expect(results.filter((result) => !result.passed).map((result) => ({ name: result.name, mismatches: result.mismatches }))).toEqual([]);
    const coverage = flowCoverage(flow, results.map((result) => result.run!.path));
    expect({ unreachedSteps: coverage.unreachedSteps, untakenPorts: coverage.untakenPorts }).toEqual({ unreachedSteps: [], untakenPorts: [] });
  });
});
