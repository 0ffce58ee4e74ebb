import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { renderJsonSchemas } from '../../cli/json-schemas';
import { fingerprint, makeTempFolder, runCli } from './run-cli';

describe('flowpack new', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  it.concurrent.for([
    ['conversations', []],
    ['contact-center', ['--kind', 'reusable']],
  ] as const)('writes a %s flow that then validates with exit 0', async ([profile, extra], { expect }) => {
    const file = join(temp.path, `${profile}.flow.json`);
    const created = await runCli(['new', '--profile', profile, '--name', 'Welcome — São Paulo', ...extra, '-o', file]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const flow = JSON.parse(readFileSync(file, 'utf8'));
    expect(flow).toMatchObject({ format: 'flowpack.flow', profile, name: 'Welcome — São Paulo' });
    if (extra.length > 0) expect(flow.kind).toBe('reusable');

    const validated = await runCli(['validate', file]);
    expect(validated.stdout).toBe('1 file: 0 errors, 0 warnings\n');
    expect(validated.code).toBe(0);
  });

  it.concurrent('prints the flow as canonical JSON on stdout without -o', async ({ expect }) => {
    const run = await runCli(['new', '--profile', 'journeys', '--name', 'Abandoned cart']);
    expect(run.code).toBe(0);
    const flow = JSON.parse(run.stdout);
    expect(flow).toMatchObject({ profile: 'journeys', kind: 'standard', name: 'Abandoned cart' });
    expect(run.stdout).toBe(JSON.stringify(flow, null, 2) + '\n');
  });

  it.concurrent('never replaces an existing file unless --force is given', async ({ expect }) => {
    const file = join(temp.path, 'existing.flow.json');
    writeFileSync(file, 'my work\n');
    const before = fingerprint([file]);
    const refused = await runCli(['new', '--profile', 'pipeline', '--name', 'Other', '-o', file]);
    expect(refused.stderr).toBe(`flowpack: ${file}: already exists; use --force to replace it\n`);
    expect(refused.code).toBe(2);
    expect(fingerprint([file])).toEqual(before);

    const forced = await runCli(['new', '--profile', 'pipeline', '--name', 'Other', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('Other');
  });

  it.concurrent('refuses an unknown profile with exit 2, listing the profiles', async ({ expect }) => {
    const run = await runCli(['new', '--profile', 'crm', '--name', 'X']);
    expect(run.stderr).toBe(
      'flowpack: unknown profile "crm"; choose one of: conversations, pipeline, journeys, contact-center\n' +
        'Run "flowpack new --help" for usage.\n',
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.concurrent('refuses a kind the profile does not allow with exit 2, listing the kinds it allows', async ({ expect }) => {
    const pipeline = await runCli(['new', '--profile', 'pipeline', '--name', 'X', '--kind', 'reusable']);
    expect(pipeline.stderr).toMatch(/^flowpack: the pipeline profile does not allow --kind "reusable"; choose one of: standard\n/);
    expect(pipeline.code).toBe(2);
    const contactCenter = await runCli(['new', '--profile', 'contact-center', '--name', 'X', '--kind', 'standard']);
    expect(contactCenter.stderr).toMatch(/choose one of: customer, reusable\n/);
    expect(contactCenter.code).toBe(2);
  });

  it.concurrent('refuses a missing or empty name', async ({ expect }) => {
    const missing = await runCli(['new', '--profile', 'pipeline']);
    expect(missing.stderr).toMatch(/^flowpack: new needs --name\n/);
    expect(missing.code).toBe(2);
    const empty = await runCli(['new', '--profile', 'pipeline', '--name', '']);
    expect(empty.stderr).toMatch(/^flowpack: --name must be 1 to 200 characters long\n/);
    expect(empty.code).toBe(2);
  });
});

describe('flowpack schema', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  it.concurrent('writes every JSON Schema file into --out, creating the folder', async ({ expect }) => {
    const folder = join(temp.path, 'nested', 'schema');
    const run = await runCli(['schema', '--out', folder]);
    expect(run.code).toBe(0);
    const expected = renderJsonSchemas();
    expect(readdirSync(folder).sort()).toEqual(expected.map((schema) => schema.file).sort());
    for (const schema of expected) expect(readFileSync(join(folder, schema.file), 'utf8')).toBe(schema.text);
  });

  it.concurrent('prints flow.schema.json without --out', async ({ expect }) => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(renderJsonSchemas().find((schema) => schema.file === 'flow.schema.json')!.text);
  });
});
