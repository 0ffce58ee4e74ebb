import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowTestFile, serializeFlowTestFile } from '../../runtime/flow-test-file';
import { runShippedFlowTests } from '../../runtime/test-support/shipped-flow-tests';

const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['examples/conversations', 'shared/templates/builtin/conversations'];
const flows = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.flow.json'))
    .map((name) => join(folder, name)),
);
const testPathOf = (flowPath: string) => flowPath.replace(/\.flow\.json$/, '.flowtest.json');

// "Every example flow and every built-in template ships with tests that cover each of its branches."
describe('conversations examples and templates ship with tests', () => {
  it('all twelve shipped flows are tested', () => {
    expect(flows).toHaveLength(12);
  });

  it.each(flows)('%s: its tests pass and together take every port of every step', (flowPath) => {
    const testPath = testPathOf(flowPath);
    expect(existsSync(join(ROOT, testPath)), `${testPath} is missing`).toBe(true);
    const result = runShippedFlowTests(readFileSync(join(ROOT, flowPath), 'utf8'), readFileSync(join(ROOT, testPath), 'utf8'));
    expect(result.testedFlow).toBe(result.flowId);
    expect(result.tests).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
    expect(result.coverage.unreachedSteps).toEqual([]);
    expect(result.coverage.untakenPorts).toEqual([]);
  });

  it.each(flows)('%s: its test file is in canonical form, so saving it from the editor changes nothing', (flowPath) => {
    const text = readFileSync(join(ROOT, testPathOf(flowPath)), 'utf8');
    const read = readFlowTestFile(text);
    expect(read.ok && serializeFlowTestFile(read.file)).toBe(text);
  });
});
