import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Pack } from '../../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { fingerprint, makeTempFolder, positionOf, runCli, STACK_TRACE } from './run-cli';
import { cleanFlow, errorFlow, loopingFlows, packText, warningFlow } from './sample-flows';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('flowpack validate: findings', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let files: Record<'clean' | 'warning' | 'error' | 'pack' | 'control', string>;
  let texts: Record<keyof typeof files, string>;

  beforeAll(() => {
    temp = makeTempFolder();
    const [ping] = loopingFlows();
    texts = {
      clean: serializeFlow(cleanFlow()),
      warning: serializeFlow(warningFlow()),
      error: serializeFlow(errorFlow()),
      pack: packText([ping, errorFlow('Packed mystery')]),
      control: serializeFlow(errorFlow('Red\u001b[31m alert\u202e')),
    };
    files = {
      clean: join(temp.path, 'clean.flow.json'),
      warning: join(temp.path, 'warning.flow.json'),
      error: join(temp.path, 'error.flow.json'),
      pack: join(temp.path, 'starter.flowpack'),
      control: join(temp.path, 'control.flow.json'),
    };
    for (const key of Object.keys(files) as (keyof typeof files)[]) writeFileSync(files[key], texts[key]);
  });
  afterAll(() => temp.remove());

  it.concurrent('accepts the example flows of the repository with exit 0 and no errors', async ({ expect }) => {
    const examples = readdirSync('examples', { recursive: true }).filter((name) => /(\.flow\.json|\.flowpack|^flowpack\.workspace\.json)$/.test(String(name)));
    expect(examples.length).toBeGreaterThan(0);
    const run = await runCli(['validate', 'examples']);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/: error /);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${examples.length} files: 0 errors, \\d+ warnings?`));
    expect(run.code).toBe(0);
  });

  it.concurrent('prints path:line:column: severity CODE message (node "name" id), in file order, then a summary; exit 1 on an error', async ({ expect }) => {
    const before = fingerprint([files.error]);
    const run = await runCli(['validate', files.error]);
    const type = positionOf(texts.error, '"no-such-step"');
    const node = positionOf(texts.error, '"id": "mystery"');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const path = escapeRegExp(files.error);
    // The node object starts on the line above its "id", at the indentation of array items.
    expect(lines[0]).toMatch(new RegExp(`^${path}:${node.line - 1}:5: warning NODE_UNREACHABLE .+ \\(node "Mystery step" mystery\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^${path}:${type.line}:${type.column}: error STEP_TYPE_UNKNOWN .*"no-such-step".* \\(node "Mystery step" mystery\\)$`));
    expect(lines[2]).toBe('1 file: 1 error, 1 warning');
    expect(run.code).toBe(1);
    expect(fingerprint([files.error])).toEqual(before);
  });

  it.concurrent('--json reports each file with its diagnostics, their targets, line and column', async ({ expect }) => {
    const run = await runCli(['validate', '--json', files.error, files.clean]);
    const flowId = JSON.parse(texts.error).id as string;
    const type = positionOf(texts.error, '"no-such-step"');
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          path: files.error,
          diagnostics: [
            {
              severity: 'warning',
              code: 'NODE_UNREACHABLE',
              message: expect.any(String),
              flowId,
              nodeId: 'mystery',
              line: positionOf(texts.error, '"id": "mystery"').line - 1,
              column: 5,
            },
            { severity: 'error', code: 'STEP_TYPE_UNKNOWN', message: expect.any(String), flowId, nodeId: 'mystery', ...type },
          ],
        },
        { path: files.clean, diagnostics: [] },
      ],
    });
    expect(run.code).toBe(1);
  });

  it.concurrent('exits 0 when there are only warnings', async ({ expect }) => {
    const run = await runCli(['validate', files.warning, files.clean]);
    const node = positionOf(texts.warning, '"id": "move"');
    expect(run.stdout).toBe(
      `${files.warning}:${node.line - 1}:5: warning NODE_UNREACHABLE No path from the trigger reaches this step; it never runs. (node "Move to Done" move)\n` +
        '2 files: 0 errors, 1 warning\n',
    );
    expect(run.code).toBe(0);
  });

  it.concurrent('places diagnostics of a pack inside the pack, with the packed node name', async ({ expect }) => {
    const run = await runCli(['validate', files.pack]);
    const type = positionOf(texts.pack, '"no-such-step"');
    expect(run.stdout).toContain(`${files.pack}:${type.line}:${type.column}: error STEP_TYPE_UNKNOWN `);
    expect(run.stdout).toMatch(/STEP_TYPE_UNKNOWN .* \(node "Packed mystery" mystery\)\n/);
    expect(run.code).toBe(1);
  });

  it.concurrent('escapes control and bidirectional characters from documents instead of sending them to the terminal', async ({ expect }) => {
    const run = await runCli(['validate', files.control]);
    expect(run.stdout).toContain('(node "Red\\u001b[31m alert\\u202e" mystery)');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u202e');
  });
});

describe('flowpack validate: folders', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  it.concurrent('checks the flows of one folder together: flows that start each other are a loop', async ({ expect }) => {
    const folder = join(temp.path, 'loop-workspace');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    const [ping, pong] = loopingFlows();
    writeFileSync(join(folder, 'ping.flow.json'), serializeFlow(ping));
    writeFileSync(join(folder, 'sub', 'pong.flow.json'), serializeFlow(pong));

    const together = await runCli(['validate', folder]);
    expect(together.stdout).toMatch(/ping\.flow\.json:1:1: error LOOP_CROSS_FLOW .*"Ping" → "Pong" → "Ping"/);
    expect(together.stdout).toMatch(/sub\/pong\.flow\.json:1:1: error LOOP_CROSS_FLOW /);
    expect(together.code).toBe(1);

    // Named one by one, each file is checked on its own.
    const apart = await runCli(['validate', join(folder, 'ping.flow.json'), join(folder, 'sub', 'pong.flow.json')]);
    expect(apart.stdout).toBe('2 files: 0 errors, 0 warnings\n');
    expect(apart.code).toBe(0);
  });

  it.concurrent('finds *.flow.json and *.flowpack recursively, skipping node_modules, .flowpack and other files, each file once', async ({ expect }) => {
    const folder = join(temp.path, 'workspace');
    for (const sub of ['flows/deeper', 'node_modules/pkg', '.flowpack/trash', 'notes']) mkdirSync(join(folder, sub), { recursive: true });
    writeFileSync(join(folder, 'flows/deeper/a.flow.json'), serializeFlow(cleanFlow('A')));
    writeFileSync(join(folder, 'flows/b.flowpack'), packText([cleanFlow('B')]));
    // Broken files where the walk must not look, or that are not flow documents.
    for (const skipped of ['node_modules/pkg/x.flow.json', '.flowpack/trash/y.flow.json', 'notes/z.json', 'notes/flow.json']) {
      writeFileSync(join(folder, skipped), '{ broken');
    }
    // A second route to the same folder must not report its files twice.
    symlinkSync(join(folder, 'flows'), join(folder, 'flows-link'));

    const run = await runCli(['validate', '--json', folder, join(folder, 'flows/deeper/a.flow.json')]);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        { path: join(folder, 'flows/b.flowpack'), diagnostics: [] },
        { path: join(folder, 'flows/deeper/a.flow.json'), diagnostics: [] },
      ],
    });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
  });

  it.concurrent('a folder named like a flow file, with nothing in it to check, is reported as unreadable, exit 2', async ({ expect }) => {
    const folder = join(temp.path, 'some-dir.flow.json');
    mkdirSync(folder);
    const run = await runCli(['validate', folder]);
    expect(run.stdout).toContain(`${folder}: error FILE_UNREADABLE a folder, not a file, and it holds no *.flow.json or *.flowpack files`);
    expect(run.code).toBe(2);
  });

  it.concurrent('says so on stderr when a folder holds no flow files, and exits 0', async ({ expect }) => {
    const folder = join(temp.path, 'empty');
    mkdirSync(folder);
    const run = await runCli(['validate', folder]);
    expect(run.stderr).toBe('flowpack: no *.flow.json or *.flowpack files found\n');
    expect(run.stdout).toBe('0 files: 0 errors, 0 warnings\n');
    expect(run.code).toBe(0);
  });
});

describe('flowpack validate: the workspace settings file', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  const settings = (fields: Record<string, unknown>) => `${JSON.stringify({ format: 'flowpack.workspace', version: 1, name: 'Sales', ...fields }, null, 2)}\n`;
  const workspace = (name: string, text: string) => {
    const folder = join(temp.path, name);
    mkdirSync(folder);
    writeFileSync(join(folder, 'flowpack.workspace.json'), text);
    writeFileSync(join(folder, 'lead.flow.json'), serializeFlow(cleanFlow('Lead intake')));
    return folder;
  };

  it.concurrent('checks flowpack.workspace.json found in a folder beside the flows, and accepts a valid one', async ({ expect }) => {
    const folder = workspace('valid', settings({ defaultProfile: 'pipeline', priority: [cleanFlow('Lead intake').id] }));
    const run = await runCli(['validate', '--json', folder]);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        { path: join(folder, 'flowpack.workspace.json'), diagnostics: [] },
        { path: join(folder, 'lead.flow.json'), diagnostics: [] },
      ],
    });
    expect(run.code).toBe(0);
  });

  it.concurrent('reports each broken setting with its line and column, exit 1', async ({ expect }) => {
    const text = settings({ defaultProfile: 'crm', priority: ['not-a-uuid'] });
    const folder = workspace('broken', text);
    const run = await runCli(['validate', folder]);
    const path = escapeRegExp(join(folder, 'flowpack.workspace.json'));
    const profile = positionOf(text, '"crm"');
    const priority = positionOf(text, '"not-a-uuid"');
    expect(run.stdout).toMatch(new RegExp(`^${path}:${profile.line}:${profile.column}: error FORMAT_INVALID defaultProfile: .+$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^${path}:${priority.line}:${priority.column}: error FORMAT_INVALID priority\\[0\\]: .+$`, 'm'));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 files: 2 errors, 0 warnings');
    expect(run.code).toBe(1);
  });

  it.concurrent('names a missing field, an unknown field and a newer version clearly; a file named directly is checked too', async ({ expect }) => {
    const missing = join(workspace('missing-name', settings({ name: undefined, colour: 'red' })), 'flowpack.workspace.json');
    const newer = join(workspace('newer', settings({ version: 2, layout: 'grid' })), 'flowpack.workspace.json');
    const [gaps, future] = await Promise.all([runCli(['validate', missing]), runCli(['validate', newer])]);
    expect(gaps.stdout).toMatch(/flowpack\.workspace\.json:1:1: error FORMAT_INVALID name: is missing/);
    expect(gaps.stdout).toMatch(/flowpack\.workspace\.json:1:1: error FORMAT_INVALID \(document\): unknown property "colour"/);
    expect(gaps.code).toBe(1);
    const version = positionOf(settings({ version: 2, layout: 'grid' }), '2,');
    expect(future.stdout).toMatch(
      new RegExp(`flowpack\\.workspace\\.json:${version.line}:${version.column}: error FORMAT_INVALID version: flowpack\\.workspace\\.json is workspace format version 2; this build of Flowpack Studio reads up to version 1\\. Update Flowpack Studio`),
    );
    expect(future.stdout).not.toContain('layout');
    expect(future.code).toBe(1);
  });

  it.concurrent('refuses a truncated workspace file as invalid JSON with its position, exit 2', async ({ expect }) => {
    const file = join(workspace('truncated', '{"format": "flowpack.workspace", "version": 1,'), 'flowpack.workspace.json');
    const run = await runCli(['validate', file]);
    expect(run.stdout).toMatch(/flowpack\.workspace\.json:1:\d+: error JSON_INVALID /);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(2);
  });
});

describe('flowpack validate: packs', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());

  /** The pipeline example exported as a user would, then read back. */
  async function exportedPipelinePack(name: string): Promise<{ path: string; pack: Pack }> {
    const path = join(temp.path, `${name}.flowpack`);
    const exported = await runCli(['export', 'examples/pipeline', '--name', name, '--output', path]);
    if (exported.code !== 0) throw new Error(exported.stderr);
    return { path, pack: JSON.parse(readFileSync(path, 'utf8')) as Pack };
  }

  // pipeline-export.pt.txt: e-mail automations are installed "sem um usuário selecionado (autor ou remetente do e-mail)".
  it('passes a freshly exported pack, its placeholders listed as warnings to configure after import', async ({ expect }) => {
    const { path } = await exportedPipelinePack('Onboarding');
    const run = await runCli(['validate', path]);
    expect(run.stdout).toMatch(/: warning REF_PLACEHOLDER to configure after import: /);
    expect(run.stdout).not.toMatch(/: error /);
    expect(run.code).toBe(0);
  });

  it('fails a pack changed after it was signed with PACK_TAMPERED at its signature, and passes it untouched', async ({ expect }) => {
    const { pack } = await exportedPipelinePack('Signed onboarding');
    const signed = signPack(pack, privateKeyFile(generateKeyPair('Trainer')));
    const untouched = join(temp.path, 'untouched.flowpack');
    writeFileSync(untouched, JSON.stringify(signed, null, 2));
    expect((await runCli(['validate', untouched])).code).toBe(0);

    const tampered = join(temp.path, 'tampered.flowpack');
    const text = JSON.stringify({ ...signed, manifest: { ...signed.manifest, description: 'Changed after signing' } }, null, 2);
    writeFileSync(tampered, text);
    const run = await runCli(['validate', tampered]);
    const at = positionOf(text, '"signature"');
    expect(run.stdout).toMatch(new RegExp(`${escapeRegExp(tampered)}:${at.line}:\\d+: error PACK_TAMPERED the pack's signature does not match it: .*refuse it unless forced\n`));
    expect(run.code).toBe(1);
  });
});
