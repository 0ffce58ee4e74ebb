import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadPack } from '../../shared/pack/load-pack';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { REPO_ROOT, STACK_TRACE, fingerprint, makeTempFolder, runCli } from './run-cli';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures/export', name);
const PIPELINE = fixture('pipeline-rules.flow.json');

/** A temp folder per test, so the tests (each a few processes) run concurrently. */
const temps: ReturnType<typeof makeTempFolder>[] = [];
function tempFolder(): ReturnType<typeof makeTempFolder> {
  const temp = makeTempFolder();
  temps.push(temp);
  return temp;
}

describe('flowpack export', () => {
  afterAll(() => {
    for (const temp of temps.splice(0)) temp.remove();
  });

  it.concurrent('prints the sanitisation report, then writes a canonical pack that loads', async ({ expect }) => {
    const temp = tempFolder();
    const out = join(temp.path, 'onboarding.flowpack');
    const run = await runCli(['export', PIPELINE, '-o', out, '--author', 'Ana Consultant']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nodes[3].config.sender: user reference removed');
    expect(run.stdout).toContain('nodes[3].config.active: send email step deactivated');
    expect(run.stdout.indexOf('Removed or changed (8)')).toBeLessThan(run.stdout.indexOf(`Wrote ${out} (1 flow, 8 changes)`));
    expect(run.stdout).not.toContain('usr_20931');
    // Besides what changed, what travels as it is and must exist where the pack is imported.
    expect(run.stdout).toContain('Travels with the flows, to exist on the destination (2):');
    expect(run.stdout).toContain('nodes[1].config.tags[0]: "New client" (tag) by name only; on import: reused if the destination has one of exactly that name, otherwise created');
    const text = readFileSync(out, 'utf8');
    const pack = loadPack(JSON.parse(text)).pack!;
    expect(pack.manifest).toMatchObject({ name: 'Client onboarding (export rules)', author: 'Ana Consultant', profile: 'pipeline' });
    expect(pack.manifest.generator).toMatch(/^flowpack-studio\/\d/);
    expect(pack.manifest.sanitisation).toHaveLength(8);
    expect(text).not.toContain('Marina Costa');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "flowpack.pack",\n  "version": 1,\n  "manifest": {')).toBe(true);
  });

  it.concurrent('removes personal data by default and keeps a value given with --keep, printing both lists', async ({ expect }) => {
    const temp = tempFolder();
    const flow = JSON.parse(readFileSync(PIPELINE, 'utf8'));
    flow.description = 'Questions: support@acme-tools.io. Owner: jane.doe@mailbox.org, +44 20 7946 0958';
    const input = join(temp.path, 'with-addresses.flow.json');
    writeFileSync(input, JSON.stringify(flow));
    const out = join(temp.path, 'kept.flowpack');
    const run = await runCli(['export', input, '-o', out, '--keep', 'support@acme-tools.io']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('description: e-mail address removed');
    expect(run.stdout).toContain('description: phone number removed');
    expect(run.stdout).toMatch(/Kept on purpose \(1\):\n {2}.* · description: e-mail address kept on purpose/);
    expect(run.stdout).toContain('1 kept on purpose');
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('jane.doe@mailbox.org');
    expect(text).not.toContain('7946');
    const pack = loadPack(JSON.parse(text)).pack!;
    expect(pack.flows[0]!.description).toBe('Questions: support@acme-tools.io. Owner: [removed], [removed]');
    expect(pack.manifest.kept).toEqual([expect.objectContaining({ path: ['description'], what: 'e-mail address', action: 'kept' })]);
  });

  it.concurrent('names the pack file after the pack and the export time when no -o file is given', async ({ expect }) => {
    const temp = tempFolder();
    const run = await runCli(['export', PIPELINE, '--name', 'Onboarding: kit', '-o', temp.path]);
    expect(run.code).toBe(0);
    const files = readdirSync(temp.path);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^Onboarding- kit \d{4}-\d{2}-\d{2} \d{4}\.flowpack$/);
  });

  it.concurrent('brings along the reusable flows a contact-center flow calls, from its workspace', async ({ expect }) => {
    const temp = tempFolder();
    const out = join(temp.path, 'ivr.flowpack');
    const run = await runCli(['export', join(REPO_ROOT, 'examples/contact-center/sales-ivr.flow.json'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sales hold message (c80ebc45-163c-4014-8204-0206522e6a4f) — added: another flow calls it');
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.flows.map((flow: { name: string }) => flow.name)).toEqual(['Sales IVR', 'Sales hold message', 'After-hours']);
  });

  // journeys-workflows.en.txt: "You can export any workflow, regardless of its current state".
  it.concurrent('exports a flow that is only incomplete, saying how many items are left to configure', async ({ expect }) => {
    const temp = tempFolder();
    const out = join(temp.path, 'draft.flowpack');
    const run = await runCli(['export', join(REPO_ROOT, 'test/fixtures/diagnostics/CONFIG_REQUIRED.flow.json'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`1 item to configure after import (placeholders, required fields left empty); flowpack validate ${out} lists them`);
    expect(existsSync(out)).toBe(true);
  });

  it.concurrent('refuses a blocked flow with the diagnostics at their line, exit 1, and writes nothing', async ({ expect }) => {
    const temp = tempFolder();
    const out = join(temp.path, 'blocked.flowpack');
    const run = await runCli(['export', fixture('diagnostics/EXPORT_BLOCKED'), '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/journeys-custom-integration\.flow\.json:\d+:\d+: error EXPORT_BLOCKED "Push to CRM" cannot be exported/);
    expect(run.stderr).toContain('flowpack: export refused; nothing was written');
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it.concurrent('refuses a customer flow whose reusable flow is missing (DEPENDENCY_MISSING), exit 1', async ({ expect }) => {
    const temp = tempFolder();
    const run = await runCli(['export', fixture('diagnostics/DEPENDENCY_MISSING'), '-o', join(temp.path, 'x.flowpack')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error DEPENDENCY_MISSING');
    expect(readdirSync(temp.path)).toEqual([]);
  });

  it.concurrent('never replaces an existing file without --force', async ({ expect }) => {
    const temp = tempFolder();
    const out = join(temp.path, 'kept.flowpack');
    writeFileSync(out, 'mine\n');
    const before = fingerprint([out]);
    const refused = await runCli(['export', PIPELINE, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`flowpack: ${out}: already exists; use --force to replace it\n`);
    expect(fingerprint([out])).toEqual(before);
    const forced = await runCli(['export', PIPELINE, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"flowpack.pack"');
  });

  it.concurrent('signs the pack with --sign, through the signing hook', async ({ expect }) => {
    const temp = tempFolder();
    const key = join(temp.path, 'ana.key');
    expect((await runCli(['keygen', '--name', 'Ana Consultant', '-o', key])).code).toBe(0);
    const out = join(temp.path, 'signed.flowpack');
    const run = await runCli(['export', PIPELINE, '-o', out, '--sign', key]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(', signed)');
    expect(verifyPack(JSON.parse(readFileSync(out, 'utf8'))).status).toBe('untrusted');
  });

  it.concurrent.for<[string[], string | undefined]>([
    [['export'], 'flowpack: export needs at least one flow file or folder\nRun "flowpack export --help" for usage.\n'],
    [['export', 'a.flow.json', 'b.flow.json'], undefined],
    [['export', '--name', '', 'x.flow.json'], 'flowpack: --name must be 1 to 200 characters long\nRun "flowpack export --help" for usage.\n'],
  ])('usage errors are one line, exit 2: %j', async ([args, stderr], { expect }) => {
    const temp = tempFolder();
    const run = await runCli(args, { cwd: temp.path });
    expect(run.code).toBe(2);
    if (stderr) expect(run.stderr).toBe(stderr);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(temp.path)).toEqual([]);
  });

  it.concurrent('stops on a file that cannot be read or parsed, exit 2, writing nothing', async ({ expect }) => {
    const temp = tempFolder();
    const folder = join(temp.path, 'flows');
    mkdirSync(folder);
    copyFileSync(PIPELINE, join(folder, 'good.flow.json'));
    writeFileSync(join(folder, 'broken.flow.json'), '{"format": "flowpack.flow",');
    const run = await runCli(['export', folder, '--name', 'Mixed', '-o', join(temp.path, 'x.flowpack')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.flow\.json:\d+:\d+: error JSON_INVALID/);
    expect(run.stderr).toContain('nothing was written');
    expect(existsSync(join(temp.path, 'x.flowpack'))).toBe(false);
  });

  it.concurrent('asks for --name for several flows from several places', async ({ expect }) => {
    const temp = tempFolder();
    const run = await runCli(['export', PIPELINE, join(REPO_ROOT, 'examples/pipeline/client-onboarding.flow.json'), '-o', temp.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('flowpack: --name is needed to name a pack of several flows\nRun "flowpack export --help" for usage.\n');
  });
});
