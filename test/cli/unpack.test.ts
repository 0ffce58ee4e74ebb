import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import { REPO_ROOT, STACK_TRACE, makeTempFolder, runCli } from './run-cli';

const PIPELINE = join(REPO_ROOT, 'test/fixtures/export/pipeline-rules.flow.json');

describe('flowpack unpack', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let pack: string;
  beforeEach(async () => {
    temp = makeTempFolder();
    pack = join(temp.path, 'sales.flowpack');
    // The support desk's line is the business's own number, kept on purpose (phone numbers are removed by default).
    const exported = await runCli(['export', join(REPO_ROOT, 'examples/contact-center/sales-ivr.flow.json'), '-o', pack, '--keep', '+14155550142']);
    if (exported.code !== 0) throw new Error(exported.stderr);
  });
  afterEach(() => temp.remove());

  it('writes each flow as <slug>.flow.json in canonical form, creating the folder', async ({ expect }) => {
    const folder = join(temp.path, 'flows');
    const run = await runCli(['unpack', pack, folder]);
    expect(run.code).toBe(0);
    expect(readdirSync(folder).filter((file) => file.endsWith('.flow.json')).sort()).toEqual(['after-hours.flow.json', 'sales-hold-message.flow.json', 'sales-ivr.flow.json']);
    // Each flow's tests, carried in the pack, land beside it.
    expect(readdirSync(folder).filter((file) => file.endsWith('.flowtest.json')).sort()).toEqual(['after-hours.flowtest.json', 'sales-hold-message.flowtest.json', 'sales-ivr.flowtest.json']);
    const text = readFileSync(join(folder, 'sales-ivr.flow.json'), 'utf8');
    expect(serializeFlow(JSON.parse(text))).toBe(text);
    expect(run.stdout).toContain('"Sales IVR", id 93b26006-84fc-4320-a93a-f56f1dea8135');
    expect((await runCli(['validate', folder])).code).toBe(0);
  });

  it('never overwrites a file: the flow gets the next free name', async ({ expect }) => {
    const folder = join(temp.path, 'flows');
    await runCli(['unpack', pack, folder]);
    writeFileSync(join(folder, 'sales-ivr-2.flow.json'), 'mine\n');
    const again = await runCli(['unpack', pack, folder]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(folder, 'sales-ivr-2.flow.json'), 'utf8')).toBe('mine\n');
    expect(readdirSync(folder)).toContain('sales-ivr-3.flow.json');
    expect(readdirSync(folder).filter((file) => file.endsWith('.flow.json'))).toHaveLength(7);
  });

  it('names files as the app names new flows: a name with no letters or digits gives flow.flow.json', async ({ expect }) => {
    const flowFile = join(temp.path, 'symbols.flow.json');
    writeFileSync(flowFile, readFileSync(PIPELINE, 'utf8').replace('"name": "Client onboarding (export rules)"', '"name": "???"'));
    const symbols = join(temp.path, 'symbols.flowpack');
    const exported = await runCli(['export', flowFile, '-o', symbols]);
    expect(exported.code, exported.stderr).toBe(0);
    const folder = join(temp.path, 'out');
    expect((await runCli(['unpack', symbols, folder])).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['flow.flow.json']);
  });

  it('refuses a pack changed after signing unless --force, exit 1, writing nothing', async ({ expect }) => {
    const key = join(temp.path, 'ana.key');
    await runCli(['keygen', '--name', 'Ana', '-o', key]);
    const signed = join(temp.path, 'signed.flowpack');
    expect((await runCli(['export', PIPELINE, '-o', signed, '--sign', key])).code).toBe(0);
    writeFileSync(signed, readFileSync(signed, 'utf8').replace('Review the contract', 'Review the contrakt'));
    const folder = join(temp.path, 'out');
    const refused = await runCli(['unpack', signed, folder]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/TAMPERED: .*nothing was written/);
    expect(() => readdirSync(folder)).toThrow();
    const forced = await runCli(['unpack', signed, folder, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('warning');
    expect(readdirSync(folder)).toEqual(['client-onboarding-export-rules.flow.json']);
  });

  it('refuses what is not a pack with one line, exit 2', async ({ expect }) => {
    const bogus = join(temp.path, 'bogus.flowpack');
    writeFileSync(bogus, '{"format": "flowpack.pack"');
    const run = await runCli(['unpack', bogus, join(temp.path, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^flowpack: .*bogus\.flowpack: not a pack: .*\n$/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const usage = await runCli(['unpack', pack]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('flowpack: unpack needs a pack file and a folder\nRun "flowpack unpack --help" for usage.\n');
  });
});
