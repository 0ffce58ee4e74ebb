import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWERED, WRONG_BRANCH, orderFlow, writeFlowWithTests } from './flow-test-fixtures';
import { makeTempFolder, runCli } from './run-cli';

let temp: { path: string; remove: () => void };
beforeEach(() => {
  temp = makeTempFolder();
});
afterEach(() => temp.remove());

describe('packs carry their flows\' tests through export, test and unpack', () => {
  it('export puts the tests into the pack, flowpack test runs them from the pack, unpack writes them back beside the flow', async () => {
    const source = join(temp.path, 'source');
    const { testPath } = writeFlowWithTests(source, 'order', orderFlow(), [ANSWERED, WRONG_BRANCH]);
    const pack = join(temp.path, 'order.flowpack');

    const exported = await runCli(['export', source, '-o', pack, '--name', 'Orders']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);

    const tested = await runCli(['test', pack]);
    expect(tested.stdout).toContain(`pass  ${pack} › the customer gives an order number`);
    expect(tested.stdout).toContain(`FAIL  ${pack} › expects the wrong branch`);
    expect(tested.stdout).toContain('coverage of "Order follow-up"');
    expect(tested.code).toBe(1);

    const target = join(temp.path, 'unpacked');
    const unpacked = await runCli(['unpack', pack, target]);
    expect(unpacked.code).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['order-follow-up.flow.json', 'order-follow-up.flowtest.json']);
    // The same tests, in the same canonical text the editor and the CLI write.
    expect(readFileSync(join(target, 'order-follow-up.flowtest.json'), 'utf8')).toBe(readFileSync(testPath, 'utf8'));
    const rerun = await runCli(['test', target]);
    expect(rerun.stdout).toContain('2 tests: 1 passed, 1 failed');
  });

  it('export stops, writing nothing, when a flow\'s test file cannot be used', async () => {
    const source = join(temp.path, 'source');
    const { testPath } = writeFlowWithTests(source, 'order', orderFlow(), [ANSWERED]);
    writeFileSync(testPath, '{ "format": "flowpack.flowtest", ');
    const pack = join(temp.path, 'order.flowpack');
    const run = await runCli(['export', source, '-o', pack, '--name', 'Orders']);
    expect(run.stderr).toContain(`${testPath}:1:`);
    expect(run.stderr).toContain('nothing was written');
    expect(run.code).toBe(2);
    expect(readdirSync(temp.path)).toEqual(['source']);
  });
});
