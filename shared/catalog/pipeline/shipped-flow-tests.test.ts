import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShippedFlowTests } from '../../runtime/test-support/shipped-flow-tests';

const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['examples/pipeline', 'shared/templates/builtin/pipeline'];
const flows = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.flow.json'))
    .map((name) => join(folder, name)),
);

// "Every example flow and every built-in template ships with tests that cover each of its branches."
describe('pipeline examples and templates ship with tests', () => {
  it('there are flows to test', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  it.each(flows)('%s: its tests pass and together take every port of every step', (flowPath) => {
    const testPath = flowPath.replace(/\.flow\.json$/, '.flowtest.json');
    expect(existsSync(join(ROOT, testPath)), `${testPath} is missing`).toBe(true);
    const result = runShippedFlowTests(readFileSync(join(ROOT, flowPath), 'utf8'), readFileSync(join(ROOT, testPath), 'utf8'));
    expect(result.testedFlow).toBe(result.flowId);
    expect(result.tests).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
    expect(result.coverage.unreachedSteps).toEqual([]);
    expect(result.coverage.untakenPorts).toEqual([]);
  });
});
