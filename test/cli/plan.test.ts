import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../../shared/import/plan-import';
import type { Pack } from '../../shared/pack/pack-schema';
import { fingerprint as keyFingerprint, generateKeyPair, privateKeyFile, publicKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { fixtureCatalog, fixturePack } from '../fixtures/import/import-fixtures';
import { fingerprint, makeTempFolder, REPO_ROOT, runCli, STACK_TRACE } from './run-cli';

const FIXTURES = 'test/fixtures/import';
const PACK = `${FIXTURES}/packs/contact-center-sales.flowpack`;
const CATALOG = `${FIXTURES}/catalogs/contact-center.catalog.json`;
const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';

describe('flowpack plan', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());
  const inputs = () => [...readdirSync(`${FIXTURES}/packs`).map((f) => `${FIXTURES}/packs/${f}`), ...readdirSync(`${FIXTURES}/catalogs`).map((f) => `${FIXTURES}/catalogs/${f}`)];

  // contact-center-import.en.txt: an imported flow "does not provide you with the actual entity (such as a media prompt) but
  // does include the universal unique identifier (UUID) for it".
  it('prints each flow’s action in import order and each reference’s outcome, and lists a UUID the tenant lacks as to configure, exit 0', async () => {
    const before = fingerprint(inputs());
    const run = await runCli(['plan', PACK, '--catalog', CATALOG]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\. create "After-hours" \(reusable\) as a draft[\s\S]*3\. create "Sales IVR" \(customer\)/);
    expect(run.stdout).toMatch(/unresolved +Keeps the UUID 7b88b4b3-9686-4c4a-b0de-e6da23375074, to configure: the tenant has no reason list "Unanswered call reasons" with it yet/);
    expect(run.stdout).toContain('to configure REF_UNRESOLVED');
    expect(run.stdout).toMatch(/References: [^\n]*, 1 unresolved \(UUID kept, to configure\), /);
    expect(run.stdout).toContain('0 errors, 1 to configure, 0 warnings. The plan can be applied.');
    expect(run.stdout).toMatch(/To configure: these flows arrive as drafts[^\n]*\n {2}"Sales IVR": 1 to configure\n/);
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[');
    expect(fingerprint(inputs())).toEqual(before);
  });

  it('exits 0 once decisions map the unresolved reference to a tenant entity', async () => {
    const decisions = join(temp.path, 'decisions.json');
    writeFileSync(decisions, JSON.stringify({ references: [{ flowId: IVR, path: ['nodes', 6, 'config', 'reasonList'], entityId: 'rl-2' }] }));
    const run = await runCli(['plan', PACK, '--catalog', CATALOG, '--decisions', decisions]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Linked to reason list "Missed calls", as chosen.');
    expect(run.stdout).toContain('0 errors, 0 to configure, 0 warnings. The plan can be applied.');
  });

  it('prints the plan as JSON with --json, transformed documents included', async () => {
    const run = await runCli(['plan', PACK, '--catalog', CATALOG, '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { flows: { flowId: string; action: string; document: { id: string } }[]; summary: { errors: number; toConfigure: number } };
    expect(plan.flows.map((flow) => flow.action)).toEqual(['create', 'create', 'create']);
    expect(plan.flows[2]!.document.id).toBe(IVR);
    expect(plan.summary).toMatchObject({ errors: 0, toConfigure: 1 });
  });

  it('exits 0 with warnings only (removed channels and teams)', async () => {
    const run = await runCli(['plan', `${FIXTURES}/packs/conversations-support.flowpack`, '--catalog', `${FIXTURES}/catalogs/conversations.catalog.json`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning REF_REMOVED');
  });

  it.each([
    ['a missing pack', ['plan', 'no-such.flowpack', '--catalog', CATALOG], /^flowpack: no-such\.flowpack: no such file or directory\n$/],
    ['a catalog given as the pack', ['plan', CATALOG, '--catalog', CATALOG], /^flowpack: .*: not a valid pack: format: /],
    ['a pack given as the catalog', ['plan', PACK, '--catalog', PACK], /^flowpack: .*: not a valid tenant catalog snapshot: /],
    ['no --catalog', ['plan', PACK], /^flowpack: plan needs --catalog <snapshot\.json>\nRun "flowpack plan --help" for usage\.\n$/],
    ['no pack', ['plan', '--catalog', CATALOG], /^flowpack: plan needs exactly one pack file\n/],
    ['an unknown option', ['plan', PACK, '--catalog', CATALOG, '--colour'], /^flowpack: unknown option '--colour'/],
  ])('%s: one clear line, exit 2, no stack trace', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses malformed decisions and truncated input with the file named', async () => {
    const truncated = join(temp.path, 'truncated.json');
    writeFileSync(truncated, '{"flows": {');
    const bad = join(temp.path, 'bad-decisions.json');
    writeFileSync(bad, JSON.stringify({ flows: { [IVR]: { action: 'replace' } } }));
    const [cut, wrong] = await Promise.all([
      runCli(['plan', PACK, '--catalog', CATALOG, '--decisions', truncated]),
      runCli(['plan', PACK, '--catalog', CATALOG, '--decisions', bad]),
    ]);
    expect(cut).toMatchObject({ code: 2, stdout: '' });
    expect(cut.stderr).toMatch(/truncated\.json:1:\d+: unexpected end of input/);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toMatch(/bad-decisions\.json: not a valid decisions file: flows\./);
  });

  it('is listed in the help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/^ {2}plan {6}Preview importing a pack/m);
  });
});

describe('flowpack plan checks the pack signature first', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());
  // A pack whose plan has warnings only, so the exit code says what the signature did.
  const SUPPORT = `${FIXTURES}/packs/conversations-support.flowpack`;
  const SUPPORT_CATALOG = `${FIXTURES}/catalogs/conversations.catalog.json`;
  const ada = generateKeyPair('Ada Lovelace');
  const write = (name: string, value: object) => {
    const path = join(temp.path, name);
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
    return path;
  };
  const signed = signPack(JSON.parse(readFileSync(SUPPORT, 'utf8')) as Pack, privateKeyFile(ada));
  const signedPath = write('signed.flowpack', signed);
  const tampered = structuredClone(signed);
  tampered.manifest.description = 'Now with a different description';
  const tamperedPath = write('tampered.flowpack', tampered);
  const trustPath = write('ada.key.pub', publicKeyFile(ada));

  it('shows a valid signature with its author and key, or an unknown key, and plans as usual', async () => {
    const [trusted, unknown, unsigned] = await Promise.all([
      runCli(['plan', signedPath, '--catalog', SUPPORT_CATALOG, '--trust', trustPath]),
      runCli(['plan', signedPath, '--catalog', SUPPORT_CATALOG]),
      runCli(['plan', SUPPORT, '--catalog', SUPPORT_CATALOG]),
    ]);
    expect(trusted).toMatchObject({ code: 0, stderr: '' });
    expect(trusted.stdout).toMatch(new RegExp(`^Signature: signed and valid: Ada Lovelace, key ${keyFingerprint(ada.publicKey)}\n`));
    expect(trusted.stdout).toContain('The plan can be applied.');
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toMatch(/^Signature: valid signature from an unknown key: key [0-9a-f:]+, claims to be Fixture author/);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stdout).toMatch(/^Signature: unsigned/);
  });

  it('refuses a tampered pack with one clear line and exit 1, planning nothing', async () => {
    const run = await runCli(['plan', tamperedPath, '--catalog', SUPPORT_CATALOG, '--trust', trustPath]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^flowpack: .*tampered\.flowpack: TAMPERED: .+; not planned \(--force plans it anyway\)\n$/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('plans a tampered pack with --force, warning and saying so in the plan', async () => {
    const [human, json] = await Promise.all([
      runCli(['plan', tamperedPath, '--catalog', SUPPORT_CATALOG, '--force']),
      runCli(['plan', tamperedPath, '--catalog', SUPPORT_CATALOG, '--force', '--json']),
    ]);
    expect(human.code).toBe(0);
    expect(human.stderr).toMatch(/^flowpack: warning: .*tampered\.flowpack is TAMPERED; planned because of --force\n$/);
    expect(human.stdout).toMatch(/^Signature: TAMPERED: .*do not import this pack\n/);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout) as { signature: { status: string; fingerprint?: string }; flows: unknown[] };
    expect(plan.signature).toMatchObject({ status: 'tampered', fingerprint: keyFingerprint(ada.publicKey) });
    expect(plan.flows.length).toBeGreaterThan(0);
  });
});

describe('flowpack plan with the workspace’s saved choices', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());

  /** A workspace whose .flowpack/bindings.json maps the IVR's reason list for the snapshot's tenant, and holds a choice for a step deleted since. */
  function workspaceWithBindings() {
    const catalog = fixtureCatalog('contact-center');
    const reasonList = planImport(fixturePack('contact-center-sales'), catalog)
      .flows.find((flow) => flow.flowId === IVR)!
      .references.find((ref) => ref.kind === 'reasonList')!;
    const folder = join(temp.path, 'workspace');
    mkdirSync(join(folder, '.flowpack'), { recursive: true });
    const bindings = {
      format: 'flowpack.bindings',
      version: 1,
      tenants: {
        [catalog.tenant.id]: {
          flows: {},
          references: [
            { flowId: IVR, ...reasonList.binding!, entityId: 'rl-2' },
            { flowId: IVR, nodeId: 'a-step-deleted-since', field: 'queue', entityId: 'q-1' },
          ],
        },
      },
    };
    writeFileSync(join(folder, '.flowpack', 'bindings.json'), JSON.stringify(bindings));
    return folder;
  }

  it('plans with the choices saved for the snapshot’s tenant, as push does, and shows one that no longer applies', async () => {
    const folder = workspaceWithBindings();
    const given = await runCli(['plan', PACK, '--catalog', CATALOG, '--workspace', folder]);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('Linked to reason list "Missed calls", as chosen.');
    expect(given.stdout).toMatch(/warning IMPORT_DECISION_INVALID .*the saved choice of "q-1" for queue of step "a-step-deleted-since" no longer applies/);
    expect(given.stdout).toContain('0 errors, 0 to configure, 1 warning');

    // Without --workspace, the current folder is the workspace, as for a pushed pack.
    const here = await runCli(['plan', join(REPO_ROOT, PACK), '--catalog', join(REPO_ROOT, CATALOG)], { cwd: folder });
    expect(here.stdout).toContain('Linked to reason list "Missed calls", as chosen.');

    // A choice given now wins over the saved one for the same place.
    const decisions = join(temp.path, 'decisions.json');
    writeFileSync(decisions, JSON.stringify({ references: [{ flowId: IVR, path: ['nodes', 6, 'config', 'reasonList'], entityId: 'rl-1' }] }));
    const overridden = await runCli(['plan', PACK, '--catalog', CATALOG, '--workspace', folder, '--decisions', decisions]);
    expect(overridden.stdout).not.toContain('"Missed calls", as chosen');
  });

  it('says which file is damaged rather than planning without it', async () => {
    const folder = join(temp.path, 'damaged');
    mkdirSync(join(folder, '.flowpack'), { recursive: true });
    writeFileSync(join(folder, '.flowpack', 'bindings.json'), '{"format": "flowpack.bindings"');
    const run = await runCli(['plan', PACK, '--catalog', CATALOG, '--workspace', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bindings\.json is damaged; fix or remove it/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
