import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { PACK_FORMAT, PACK_VERSION } from '../../shared/pack/pack-schema';
import type { Pack } from '../../shared/pack/pack-schema';
import { fingerprint as keyFingerprint, generateKeyPair, parseKeyFile, publicKeyFile } from '../../shared/pack/signature/keys';
import type { PrivateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { fingerprint, makeTempFolder, runCli, STACK_TRACE } from './run-cli';
import { cleanFlow, warningFlow } from './sample-flows';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A pack as export writes it: a clean flow, a flow with one step (and one warning), one sanitised value. */
function samplePack(flows: Flow[] = [cleanFlow('Lead intake'), warningFlow()]): Pack {
  const sanitised = flows.at(-1)!;
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    manifest: {
      name: 'Sales starter',
      description: 'Two pipelines',
      author: 'Ada Lovelace',
      profile: 'pipeline',
      createdAt: '2026-01-15T09:00:00.000Z',
      generator: 'flowpack-studio/test',
      sanitisation: [
        { flowId: sanitised.id, flowName: sanitised.name, nodeId: 'move', nodeName: 'Move to Done', path: ['nodes', 1, 'config', 'user'], what: 'user reference', action: 'removed' },
      ],
    },
    flows,
    entities: { tags: [{ name: 'VIP' }], customFields: [], segments: [] },
  };
}

const packJson = (pack: object, indent: number | undefined = 2) => `${JSON.stringify(pack, null, indent)}\n`;

describe('flowpack keygen', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  it.concurrent('writes a private key readable only by its owner and a public key, and prints the fingerprint', async ({ expect }) => {
    const file = join(temp.path, 'ada.key');
    const run = await runCli(['keygen', '--name', 'Ada Lovelace', '-o', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const privateKey = parseKeyFile(readJson(file));
    const publicKey = parseKeyFile(readJson(`${file}.pub`));
    expect(privateKey).toMatchObject({ ok: true, key: { kind: 'private', author: 'Ada Lovelace' } });
    expect(publicKey).toMatchObject({ ok: true, key: { kind: 'public', author: 'Ada Lovelace' } });
    expect(readJson(`${file}.pub`)).not.toHaveProperty('privateKey');
    const publicText = (readJson(`${file}.pub`) as { publicKey: string }).publicKey;
    expect((readJson(file) as { publicKey: string }).publicKey).toBe(publicText);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain(`Fingerprint: ${keyFingerprint(publicText)}\nTell those who open your packs this fingerprint yourself`);
  });

  it.concurrent('names the files after the author when -o is not given', async ({ expect }) => {
    const folder = join(temp.path, 'default-name');
    mkdirSync(folder);
    const run = await runCli(['keygen', '--name', 'Renée Dupont'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(existsSync(join(folder, 'renee-dupont.key'))).toBe(true);
    expect(existsSync(join(folder, 'renee-dupont.key.pub'))).toBe(true);
  });

  it.concurrent('never replaces an existing key, and leaves no half pair behind', async ({ expect }) => {
    const existingPrivate = join(temp.path, 'taken.key');
    writeFileSync(existingPrivate, 'my real key');
    const before = fingerprint([existingPrivate]);
    const file = join(temp.path, 'pub-taken.key');
    writeFileSync(`${file}.pub`, 'someone else');
    const [first, second] = await Promise.all([
      runCli(['keygen', '--name', 'Eve', '-o', existingPrivate]),
      runCli(['keygen', '--name', 'Eve', '-o', file]),
    ]);

    expect(first.code).toBe(2);
    expect(first.stderr).toBe(`flowpack: ${existingPrivate}: already exists; keygen never replaces a key (choose another file with -o)\n`);
    expect(fingerprint([existingPrivate])).toEqual(before);
    expect(existsSync(`${existingPrivate}.pub`)).toBe(false);

    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/pub-taken\.key\.pub: already exists/);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(`${file}.pub`, 'utf8')).toBe('someone else');
  });

  it.concurrent('refuses a missing or unprintable name and an unwritable place with one line, exit 2', async ({ expect }) => {
    const cases: [string[], RegExp][] = [
      [['keygen'], /^flowpack: keygen needs --name <author>\nRun "flowpack keygen --help" for usage\.\n$/],
      [['keygen', '--name', '  '], /^flowpack: --name: the name must not be empty\n/],
      [['keygen', '--name', 'Eve\u001b[31m', '-o', join(temp.path, 'x.key')], /^flowpack: --name: the name must not contain control characters\n/],
      [['keygen', '--name', 'Eve', '-o', join(temp.path, 'missing', 'eve.key')], /^flowpack: .*missing\/eve\.key: cannot write: no such file or directory\n$/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [index, [args, stderr]] of cases.entries()) {
      const run = runs[index]!;
      expect(run.stderr, args.join(' ')).toMatch(stderr);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    }
    expect(existsSync(join(temp.path, 'x.key'))).toBe(false);
  });
});

describe('flowpack inspect', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let key: PrivateKeyFile;
  let files: Record<'signed' | 'reformatted' | 'unsigned' | 'tampered' | 'moved' | 'substituted' | 'trustKey', string>;

  beforeAll(async () => {
    temp = makeTempFolder();
    // The key comes from keygen itself, so signing and inspecting are checked end to end.
    const keyPath = join(temp.path, 'ada.key');
    const keygen = await runCli(['keygen', '--name', 'Ada Lovelace', '-o', keyPath]);
    if (keygen.code !== 0) throw new Error(keygen.stderr);
    key = readJson(keyPath) as PrivateKeyFile;
    const signed = signPack(samplePack(), key);
    const tampered = structuredClone(signed);
    tampered.flows[1]!.name = 'Unreachable move (edited)';
    const other = samplePack([cleanFlow('Renewals')]);
    const mallory = generateKeyPair('Mallory');
    const texts = {
      signed: packJson(signed),
      reformatted: packJson(signed, undefined),
      unsigned: packJson(samplePack()),
      tampered: packJson(tampered),
      moved: packJson({ ...other, signature: signed.signature }),
      substituted: packJson({ ...signed, signature: { ...signed.signature!, publicKey: mallory.publicKey } }),
    };
    const paths = Object.fromEntries(Object.keys(texts).map((name) => [name, join(temp.path, `${name}.flowpack`)]));
    for (const [name, text] of Object.entries(texts)) writeFileSync(paths[name]!, text);
    files = { ...(paths as Record<keyof typeof texts, string>), trustKey: `${keyPath}.pub` };
  });
  afterAll(() => temp.remove());

  it.concurrent('shows the manifest, flows with their steps, a valid signature from a trusted key and the sanitisation summary', async ({ expect }) => {
    const before = fingerprint([files.signed]);
    const run = await runCli(['inspect', files.signed, '--trust', files.trustKey]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Pack:         Sales starter',
        'Description:  Two pipelines',
        'Author:       Ada Lovelace',
        'Profile:      pipeline',
        'Created:      2026-01-15T09:00:00.000Z',
        'Generator:    flowpack-studio/test',
        `Signature:    signed and valid: Ada Lovelace, key ${keyFingerprint(key.publicKey)}`,
        'Flows (2):',
        '  Lead intake (pipeline, standard, 0 steps)',
        '  Unreachable move (pipeline, standard, 1 step)',
        'Entities:     1 tag, 0 custom fields, 0 segments',
        'Sanitisation (1 change):',
        '  Unreachable move › step "Move to Done" (move) · nodes[1].config.user: user reference removed',
        `Checks:       0 errors, 1 warning (flowpack validate ${files.signed} lists them)`,
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    expect(fingerprint([files.signed])).toEqual(before);
  });

  it.concurrent('--json gives the same facts as one document', async ({ expect }) => {
    const run = await runCli(['inspect', '--json', '--trust', files.trustKey, files.signed]);
    const pack = readJson(files.signed) as unknown as Pack;
    expect(JSON.parse(run.stdout)).toEqual({
      path: files.signed,
      manifest: {
        name: 'Sales starter',
        description: 'Two pipelines',
        author: 'Ada Lovelace',
        profile: 'pipeline',
        createdAt: '2026-01-15T09:00:00.000Z',
        generator: 'flowpack-studio/test',
      },
      flows: [
        { id: pack.flows[0]!.id, name: 'Lead intake', profile: 'pipeline', kind: 'standard', steps: 0 },
        { id: pack.flows[1]!.id, name: 'Unreachable move', profile: 'pipeline', kind: 'standard', steps: 1 },
      ],
      entities: { tags: [{ name: 'VIP' }], customFields: [], segments: [] },
      signature: { status: 'valid', author: 'Ada Lovelace', fingerprint: keyFingerprint(key.publicKey) },
      sanitisation: pack.manifest.sanitisation,
      problems: { errors: 0, warnings: 1 },
    });
    expect(run.code).toBe(0);
  });

  it.concurrent('says when a good signature comes from a key the user does not trust, and who it claims to be', async ({ expect }) => {
    // Trusting someone else's key changes nothing.
    const otherKey = join(temp.path, 'grace.key.pub');
    writeFileSync(otherKey, packJson(publicKeyFile(generateKeyPair('Grace Hopper'))));
    const [run, json] = await Promise.all([runCli(['inspect', files.signed]), runCli(['inspect', '--json', '--trust', otherKey, files.signed])]);
    expect(run.stdout).toContain(
      `Signature:    valid signature from an unknown key: key ${keyFingerprint(key.publicKey)}, claims to be Ada Lovelace (trust it with --trust <file.pub> once you know whose key it is)\n`,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(json.stdout).signature).toEqual({ status: 'untrusted', author: 'Ada Lovelace', fingerprint: keyFingerprint(key.publicKey) });
  });

  it('trusts every public key file in $FLOWPACK_TRUSTED_KEYS_DIR, skipping a bad one with a warning', async ({ expect }) => {
    const folder = join(temp.path, 'trusted');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ada.pub'), readFileSync(files.trustKey));
    writeFileSync(join(folder, 'broken.pub'), '{');
    writeFileSync(join(folder, 'notes.txt'), 'not a key, not read');
    // runCli copies the environment when it starts the process, before the next line runs.
    process.env.FLOWPACK_TRUSTED_KEYS_DIR = folder;
    const running = runCli(['inspect', files.signed]);
    delete process.env.FLOWPACK_TRUSTED_KEYS_DIR;
    const run = await running;
    expect(run.stdout).toContain(`Signature:    signed and valid: Ada Lovelace, key ${keyFingerprint(key.publicKey)}\n`);
    expect(run.stderr).toMatch(/^flowpack: warning: .*broken\.pub: not a key file: .* \(skipped\)\n$/);
    expect(run.code).toBe(0);
  });

  it.concurrent('still verifies a signed pack that was re-indented: the signature covers content, not layout', async ({ expect }) => {
    const run = await runCli(['inspect', '--json', '--trust', files.trustKey, files.reformatted]);
    expect(JSON.parse(run.stdout).signature.status).toBe('valid');
    expect(run.code).toBe(0);
  });

  it.concurrent('reports an unsigned pack neutrally, exit 0', async ({ expect }) => {
    const run = await runCli(['inspect', files.unsigned, '--trust', files.trustKey]);
    expect(run.stdout).toContain('Signature:    unsigned (no signature: where the pack comes from cannot be checked)\n');
    expect(run.code).toBe(0);
  });

  it.concurrent('marks a pack changed after signing as TAMPERED and exits 1, trusted key or not', async ({ expect }) => {
    const runs = await Promise.all([['--trust', files.trustKey], []].map((trust) => runCli(['inspect', files.tampered, ...trust])));
    for (const run of runs) {
      expect(run.stdout).toContain(
        `Signature:    TAMPERED: the signature does not match the content: the pack was changed after it was signed (key ${keyFingerprint(key.publicKey)}); do not import this pack\n`,
      );
      expect(run.stdout).toContain('Unreachable move (edited)');
      expect(run.code).toBe(1);
    }
  });

  it.concurrent('marks a signature moved to another pack, or another key put beside it, as tampered', async ({ expect }) => {
    const runs = await Promise.all([files.moved, files.substituted].map((file) => runCli(['inspect', '--json', '--trust', files.trustKey, file])));
    for (const run of runs) {
      expect(JSON.parse(run.stdout).signature).toMatchObject({ status: 'tampered', reason: expect.stringMatching(/changed after it was signed/) });
      expect(run.code).toBe(1);
    }
  });

  it.concurrent('refuses unusable input with one line and exit 2', async ({ expect }) => {
    const write = (name: string, text: string) => {
      const path = join(temp.path, name);
      writeFileSync(path, text);
      return path;
    };
    const packText = readFileSync(files.signed, 'utf8');
    const cases: [string[], RegExp][] = [
      [['inspect'], /^flowpack: inspect needs exactly one pack file\nRun "flowpack inspect --help" for usage\.\n$/],
      [['inspect', join(temp.path, 'absent.flowpack')], /absent\.flowpack: no such file or directory\n$/],
      [['inspect', write('truncated.flowpack', packText.slice(0, 200))], /truncated\.flowpack:\d+:\d+: not a pack: /],
      [['inspect', write('flow.flowpack', JSON.stringify(cleanFlow()))], /flow\.flowpack: not a pack \(its "format" is not "flowpack\.pack"\)\n$/],
      [['inspect', write('newer.flowpack', JSON.stringify({ ...samplePack(), version: 2 }))], /newer\.flowpack: pack version 2 is newer than this tool reads \(1\); update Flowpack Studio\n$/],
      [['inspect', write('no-manifest.flowpack', JSON.stringify({ ...samplePack(), manifest: undefined }))], /no-manifest\.flowpack: not a valid pack: .*manifest/],
      [['inspect', '--max-size', '1KB', files.signed], /signed\.flowpack: the file is .* over the 1 KB limit/],
      [['inspect', '--trust', files.signed, files.signed], /signed\.flowpack: not a flowpack key file/],
      [['inspect', '--trust', join(temp.path, 'ada.key.missing'), files.signed], /ada\.key\.missing: no such file or directory\n$/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [index, [args, stderr]] of cases.entries()) {
      const run = runs[index]!;
      expect(run.stderr, args.join(' ')).toMatch(stderr);
      expect(run.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    }
  });

  it.concurrent('signs with export --sign <key>, and inspect then shows the signature as valid for the trusted key', async ({ expect }) => {
    const flowFile = join(temp.path, 'lead-intake.flow.json');
    writeFileSync(flowFile, packJson(cleanFlow('Lead intake')));
    const [signedPath, refusedPath] = [join(temp.path, 'exported.flowpack'), join(temp.path, 'refused.flowpack')];
    const [exported, refused] = await Promise.all([
      runCli(['export', flowFile, '-o', signedPath, '--sign', join(temp.path, 'ada.key')]),
      runCli(['export', flowFile, '-o', refusedPath, '--sign', files.trustKey]),
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const run = await runCli(['inspect', '--json', '--trust', files.trustKey, signedPath]);
    expect(JSON.parse(run.stdout).signature).toEqual({ status: 'valid', author: 'Ada Lovelace', fingerprint: keyFingerprint(key.publicKey) });

    // A public key cannot sign: one line, exit 2, no pack written.
    expect(refused.stderr).toBe(`flowpack: ${files.trustKey}: is a public key file; signing needs the private key file (the one without .pub)\n`);
    expect(refused.code).toBe(2);
    expect(existsSync(refusedPath)).toBe(false);
  });

  it.concurrent('trusts the public half of a private key file given to --trust', async ({ expect }) => {
    const run = await runCli(['inspect', '--json', '--trust', join(temp.path, 'ada.key'), files.signed]);
    expect(JSON.parse(run.stdout).signature.status).toBe('valid');
  });
});
