import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { makeTempFolder, runCli } from './run-cli';

const FLOW = 'examples/contact-center/after-hours.flow.json';
const PLAN_PACK = 'test/fixtures/import/packs/contact-center-sales.flowpack';
const PLAN_CATALOG = 'test/fixtures/import/catalogs/contact-center.catalog.json';

/** A pipeline reads its input from standard input when the path is "-". */
describe('"-" reads a flow or pack from standard input', () => {
  const temp = makeTempFolder();
  let pack = '';
  beforeAll(async () => {
    // A pack carrying the flow's tests, made as a user makes one.
    const made = await runCli(['export', FLOW, '-o', join(temp.path, 'after-hours.flowpack')]);
    if (made.code !== 0) throw new Error(made.stderr);
    pack = readFileSync(join(temp.path, 'after-hours.flowpack'), 'utf8');
  });
  afterAll(() => temp.remove());

  it.concurrent('validate - checks the flow piped in, and reports bad JSON there at its line', async ({ expect }) => {
    const good = await runCli(['validate', '--json', '-'], { input: readFileSync(FLOW) });
    expect(JSON.parse(good.stdout)).toEqual({ files: [{ path: '-', diagnostics: [] }] });
    expect(good.code).toBe(0);
    const bad = await runCli(['validate', '-'], { input: '{\n  "format": \n' });
    expect(bad.stdout).toMatch(/^-:3:1: error JSON_INVALID /);
    expect(bad.code).toBe(2);
  });

  it.concurrent('validate - checks a piped pack as a pack, found by its format', async ({ expect }) => {
    const run = await runCli(['validate', '-'], { input: readFileSync(PLAN_PACK) });
    expect(run.stdout).toMatch(/^1 file: 0 errors/m);
    expect(run.code).toBe(0);
  });

  it.concurrent('diff <file> - compares a file with what was piped in', async ({ expect }) => {
    const flow = JSON.parse(readFileSync(FLOW, 'utf8'));
    const renamed = { ...flow, name: 'After hours, renamed' };
    const run = await runCli(['diff', '--json', FLOW, '-'], { input: JSON.stringify(renamed) });
    const report = JSON.parse(run.stdout);
    expect(report.after).toMatchObject({ source: '-', name: 'After hours, renamed' });
    expect(report.flow).toEqual([expect.objectContaining({ path: ['name'], change: 'changed' })]);
    expect(run.code).toBe(1);
  });

  it.concurrent('a second "-" is refused rather than read as an empty document', async ({ expect }) => {
    const run = await runCli(['diff', '-', '-'], { input: readFileSync(FLOW) });
    expect(run.stderr).toBe('flowpack: -: standard input was already read for an earlier "-"\n');
    expect(run.code).toBe(2);
  });

  it('export - packs the flow piped in', async ({ expect }) => {
    const out = join(temp.path, 'from-stdin.flowpack');
    const run = await runCli(['export', '-', '-o', out], { input: readFileSync(FLOW) });
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.flows.map((flow: { name: string }) => flow.name)).toEqual([JSON.parse(readFileSync(FLOW, 'utf8')).name]);
  });

  it('inspect - and test - read a piped pack; test runs the tests it carries', async ({ expect }) => {
    const inspect = await runCli(['inspect', '--json', '-'], { input: pack });
    expect(JSON.parse(inspect.stdout).flows).toHaveLength(1);
    expect(inspect.code).toBe(0);
    const test = await runCli(['test', '-'], { input: pack });
    expect(test.stdout).toMatch(/[1-9]\d* tests?: [1-9]\d* passed, 0 failed/);
    expect(test.code).toBe(0);
  });

  it.concurrent('plan - plans the piped pack against a catalog file', async ({ expect }) => {
    const fromFile = await runCli(['plan', '--json', PLAN_PACK, '--catalog', PLAN_CATALOG]);
    const fromStdin = await runCli(['plan', '--json', '-', '--catalog', PLAN_CATALOG], { input: readFileSync(PLAN_PACK) });
    expect(fromStdin.code).toBe(fromFile.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });
});
