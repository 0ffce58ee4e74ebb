import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { COMMANDS } from '../../cli/command-list';
import { makeTempFolder, runCli } from './run-cli';

/** Commands whose output a script reads: with --json, stdout is one JSON document, shaped as the help says. */
describe('--json on the commands that write files', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());

  it.concurrent('keygen --json names both key files, the author and the fingerprint', async ({ expect }) => {
    const key = join(temp.path, 'ada.key');
    const run = await runCli(['keygen', '--name', 'Ada Lovelace', '-o', key, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toEqual({ privateKey: key, publicKey: `${key}.pub`, author: 'Ada Lovelace', fingerprint: expect.any(String) });
    expect(JSON.parse(readFileSync(result.publicKey, 'utf8'))).toMatchObject({ kind: 'public', author: 'Ada Lovelace' });
    expect(JSON.parse(readFileSync(result.privateKey, 'utf8'))).toMatchObject({ kind: 'private' });
  });

  it.concurrent('new --json -o describes the flow it wrote', async ({ expect }) => {
    const path = join(temp.path, 'welcome.flow.json');
    const run = await runCli(['new', '--profile', 'conversations', '--name', 'Welcome', '-o', path, '--json']);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual({ path, id: written.id, name: 'Welcome', profile: 'conversations', kind: written.kind });
  });

  it.concurrent('schema --out --json lists the files it wrote', async ({ expect }) => {
    const folder = join(temp.path, 'schemas');
    const run = await runCli(['schema', '--out', folder, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.folder).toBe(folder);
    expect(result.files).toContain(join(folder, 'flow.schema.json'));
    for (const file of result.files) expect(existsSync(file)).toBe(true);
  });

  it('unpack --json lists each flow file and its tests, and nothing else on stdout', async ({ expect }) => {
    const pack = join(temp.path, 'after-hours.flowpack');
    const made = await runCli(['export', 'examples/contact-center/after-hours.flow.json', '-o', pack]);
    expect(made.code).toBe(0);
    const folder = join(temp.path, 'unpacked');
    const run = await runCli(['unpack', '--json', pack, folder]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.findings).toBe(0);
    expect(result.flows).toHaveLength(1);
    const [flow] = result.flows;
    expect(JSON.parse(readFileSync(flow.path, 'utf8'))).toMatchObject({ id: flow.id, name: flow.name });
    expect(flow.tests).toBe(flow.path.replace(/\.flow\.json$/, '.flowtest.json'));
    expect(existsSync(flow.tests)).toBe(true);
  });

  it('export --json describes the pack it wrote, with the manifest\'s own sanitisation items', async ({ expect }) => {
    const pack = join(temp.path, 'journeys.flowpack');
    const run = await runCli(['export', 'examples/journeys', '--name', 'Journeys kit', '-o', pack, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const written = JSON.parse(readFileSync(pack, 'utf8'));
    expect(result).toMatchObject({ path: pack, name: 'Journeys kit', signed: false, kept: [] });
    expect(result.flows.map((flow: { id: string }) => flow.id).sort()).toEqual(written.flows.map((flow: { id: string }) => flow.id).sort());
    expect(result.sanitisation).toEqual(written.manifest.sanitisation);
    expect(result.toConfigure).toEqual(expect.any(Number));
  });
});

/** The commands without --json, each with why; any other command must take it. */
const WITHOUT_JSON: Record<string, string> = {
  completion: 'it prints a shell script',
};

describe('every command takes --json', () => {
  it.for(Object.keys(COMMANDS))('%s', async (name, { expect }) => {
    const options = (await COMMANDS[name]!.load()).options;
    expect(Object.hasOwn(options, 'json'), WITHOUT_JSON[name] ?? 'takes --json').toBe(!(name in WITHOUT_JSON));
  });
});
