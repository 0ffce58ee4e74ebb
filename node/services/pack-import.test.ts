import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePack } from '../../shared/pack/export/serialize-pack';
import { packSchema } from '../../shared/pack/pack-schema';
import type { Pack } from '../../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { listBackups } from './flow-backups';
import { EXAMPLE_IDS, makePackWorkspace } from './pack-workspace.testing';
import type { PackWorkspace } from './pack-workspace.testing';
import { expectHostError } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

const OUT_OF_HOURS = 'conversations/out-of-hours-message.flow.json';
const SIGNER = generateKeyPair('Ada Lovelace', new Uint8Array(32).fill(7));

const flowFiles = async (folder: string) => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.flow.json')).sort();

/** A pack of the two conversations examples, exported through the service, as parsed JSON. */
async function examplePack(ws: PackWorkspace): Promise<Pack> {
  await ws.call('pack:exportWrite', {
    paths: [OUT_OF_HOURS, 'conversations/sales-auto-assignment.flow.json'],
    name: 'Support basics',
    author: 'Ada Lovelace',
    target: 'support.flowpack',
  });
  return packSchema.parse(JSON.parse(await readFile(join(ws.folder, 'support.flowpack'), 'utf8')));
}

const asSource = (pack: Pack) => ({ text: serializePack(pack), fileName: 'support.flowpack' });

describe('opening a pack', () => {
  let ws: PackWorkspace;
  beforeEach(async () => {
    ws = await makePackWorkspace();
  });
  afterEach(() => ws.remove());

  it('lists its flows with the workspace file that already holds each id', async () => {
    await examplePack(ws);

    const opened = await ws.call('pack:open', { source: { path: 'support.flowpack' } });

    expect(opened.manifest).toMatchObject({ name: 'Support basics', author: 'Ada Lovelace', profile: 'conversations', sanitised: 2 });
    expect(opened.signature.status).toBe('unsigned');
    expect(opened.flows.map((flow) => [flow.name, flow.collision])).toEqual([
      ['Out-of-hours message', OUT_OF_HOURS],
      ['Sales auto-assignment', 'conversations/sales-auto-assignment.flow.json'],
    ]);
    expect(opened.refusal).toBeNull();
  });

  it('says a correct signature from an unknown key is untrusted, and valid with its author once the key is trusted', async () => {
    const signed = signPack(await examplePack(ws), privateKeyFile(SIGNER));

    const before = await ws.call('pack:open', { source: asSource(signed) });
    await ws.call('keys:trust', { author: 'Ada (trainer)', publicKey: before.signature.publicKey, confirmedFingerprint: before.signature.fingerprint });
    const after = await ws.call('pack:open', { source: asSource(signed) });

    expect(before.signature).toMatchObject({ status: 'untrusted', author: 'Ada Lovelace', fingerprint: SIGNER.fingerprint, publicKey: SIGNER.publicKey });
    expect(after.signature).toMatchObject({ status: 'valid', author: 'Ada (trainer)', fingerprint: SIGNER.fingerprint });
  });

  it('opens and imports a signed pack when the list of trusted keys is damaged, saying so and leaving the file as it is', async () => {
    const signed = signPack(await examplePack(ws), privateKeyFile(SIGNER));
    const trustedFile = join(ws.appData, 'trusted-keys.json');
    await writeFile(trustedFile, '{"format": "flowpack.trusted-keys", "keys": [');

    const opened = await ws.call('pack:open', { source: asSource(signed) });
    expect(opened.signature).toMatchObject({ status: 'untrusted', fingerprint: SIGNER.fingerprint });
    expect(opened.trustedKeysProblem).toMatch(/trusted keys file .* is damaged/);
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'keepBoth' };
    const imported = await ws.call('pack:import', { source: asSource(signed), folder: 'imported', choices });
    expect(imported.flows.map((flow) => flow.outcome)).toEqual(['copied', 'copied']);
    expect(await readFile(trustedFile, 'utf8')).toBe('{"format": "flowpack.trusted-keys", "keys": [');

    const tampered = await ws.call('pack:open', { source: asSource({ ...signed, manifest: { ...signed.manifest, name: 'Changed' } }) });
    expect(tampered.signature.status).toBe('tampered');
  });

  it('says a pack changed after signing is tampered', async () => {
    const signed = signPack(await examplePack(ws), privateKeyFile(SIGNER));
    const tampered = { ...signed, manifest: { ...signed.manifest, name: 'Changed' } };

    const opened = await ws.call('pack:open', { source: asSource(tampered) });

    expect(opened.signature.status).toBe('tampered');
    expect(opened.signature.reason).toMatch(/changed after it was signed/);
  });

  it.each([
    ['malformed JSON', '{"format": "flowpack.pack",', /is not a pack/],
    ['another document', '{"format": "flowpack.flow"}', /not a pack this version can read/],
    ['a newer pack version', JSON.stringify({ format: 'flowpack.pack', version: 2, manifest: {}, flows: [] }), /not a pack this version can read/],
  ])('refuses %s with a clear message', async (_what, text, message) => {
    const error = await expectHostError(ws.call('pack:open', { source: { text, fileName: 'bad.flowpack' } }), 'INVALID_ARGS');
    expect(error.message).toMatch(message);
  });

  it('refuses a pack file over 10 MB without reading it', async () => {
    await writeFile(join(ws.folder, 'huge.flowpack'), Buffer.alloc(10 * 1024 * 1024 + 1, 32));

    const error = await expectHostError(ws.call('pack:open', { source: { path: 'huge.flowpack' } }), 'INVALID_ARGS');
    expect(error.message).toMatch(/larger than the 10 MB/);
  });
});

describe('importing a pack into a workspace folder', () => {
  let ws: PackWorkspace;
  let pack: Pack;
  beforeEach(async () => {
    ws = await makePackWorkspace();
    pack = await examplePack(ws);
  });
  afterEach(() => ws.remove());

  const original = () => readFile(join(ws.folder, OUT_OF_HOURS), 'utf8');

  it('refuses to import flows whose ids the workspace holds until each has a choice, writing nothing', async () => {
    const before = await flowFiles(ws.folder);

    const error = await expectHostError(ws.call('pack:import', { source: asSource(pack), folder: 'imported', choices: {} }), 'INVALID_ARGS');

    expect(error.message).toMatch(/choose replace, keep both or skip for "Out-of-hours message"/);
    expect(await flowFiles(ws.folder)).toEqual(before);
  });

  it('keep both writes a new file with a new id and a name telling it from the untouched original', async () => {
    const text = await original();
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'skip' };

    const result = await ws.call('pack:import', { source: asSource(pack), folder: 'imported', choices });

    const copied = result.flows[0]!;
    expect(copied).toMatchObject({ outcome: 'copied', path: 'imported/out-of-hours-message-copy.flow.json' });
    expect(copied.newId).not.toBe(EXAMPLE_IDS.outOfHours);
    const written = JSON.parse(await readFile(join(ws.folder, copied.path!), 'utf8')) as { id: string; name: string };
    expect(written).toMatchObject({ id: copied.newId, name: 'Out-of-hours message (copy)' });
    expect(await original()).toBe(text);
  });

  it('writes the tests the pack carries beside each flow it writes, a copy\'s naming the copy, and keeps a test file already there', async () => {
    const tests = { format: 'flowpack.flowtest' as const, version: 1 as const, flow: EXAMPLE_IDS.outOfHours, tests: [{ name: 'it starts', at: '2026-01-05T09:00:00Z', subject: { id: 't', name: 'T', fields: {}, tags: [] }, variables: {}, world: {}, inputs: [], expect: { path: [], outcome: 'waiting' as const } }] };
    const withTests = { ...pack, tests: [tests] };
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'skip' };

    const result = await ws.call('pack:import', { source: asSource(withTests), folder: 'imported', choices });

    const copied = result.flows[0]!;
    const written = JSON.parse(await readFile(join(ws.folder, copied.path!.replace(/\.flow\.json$/, '.flowtest.json')), 'utf8')) as { flow: string; tests: { name: string }[] };
    expect(written.flow).toBe(copied.newId);
    expect(written.tests.map((test) => test.name)).toEqual(['it starts']);
    // Replacing the flow keeps the user's own tests beside it.
    await writeFile(join(ws.folder, OUT_OF_HOURS.replace(/\.flow\.json$/, '.flowtest.json')), 'my own tests');
    await ws.call('pack:import', { source: asSource(withTests), folder: 'imported', choices: { ...choices, [EXAMPLE_IDS.outOfHours]: 'replace' } });
    expect(await readFile(join(ws.folder, OUT_OF_HOURS.replace(/\.flow\.json$/, '.flowtest.json')), 'utf8')).toBe('my own tests');
  });

  it('keep both names the copy in the words of the person importing, as the library’s Duplicate does', async () => {
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'skip' };
    const copyWords = { first: '(copia)', counted: '(copia {{count}})' };

    const result = await ws.call('pack:import', { source: asSource(pack), folder: 'importado', choices, copyWords });

    const written = JSON.parse(await readFile(join(ws.folder, result.flows[0]!.path!), 'utf8')) as { name: string };
    expect(written.name).toBe('Out-of-hours message (copia)');
  });

  it('keep both points the copies that call other copied flows of the pack at the copies, not the originals', async () => {
    await ws.call('pack:exportWrite', { paths: ['contact-center/sales-ivr.flow.json'], name: 'Sales IVR', author: 'Ada', target: 'ivr.flowpack' });
    const ivrPack = packSchema.parse(JSON.parse(await readFile(join(ws.folder, 'ivr.flowpack'), 'utf8')));
    expect(ivrPack.flows).toHaveLength(3); // the IVR and the two reusable flows it calls
    const choices = Object.fromEntries(ivrPack.flows.map((flow) => [flow.id, 'keepBoth']));

    const result = await ws.call('pack:import', { source: { text: serializePack(ivrPack), fileName: 'ivr.flowpack' }, folder: 'imported', choices });

    const newIds = new Map(result.flows.map((flow) => [flow.id, flow.newId!]));
    const ivr = result.flows.find((flow) => flow.name === 'Sales IVR')!;
    const written = await readFile(join(ws.folder, ivr.path!), 'utf8');
    const calls = [...written.matchAll(/"\$ref": "flow",\s*"id": "([^"]+)"/g)].map((match) => match[1]);
    expect(calls.length).toBeGreaterThan(0);
    for (const id of calls) expect([...newIds.values()]).toContain(id);
    for (const original of newIds.keys()) expect(written).not.toContain(original);
  });

  it('replace rewrites the file that holds the id, keeping its previous content as a backup', async () => {
    const text = await original();
    const changed = { ...pack, flows: pack.flows.map((flow) => (flow.id === EXAMPLE_IDS.outOfHours ? { ...flow, description: 'From the pack' } : flow)) };
    const choices = { [EXAMPLE_IDS.outOfHours]: 'replace', [EXAMPLE_IDS.salesAssignment]: 'skip' };

    const result = await ws.call('pack:import', { source: asSource(changed), folder: 'imported', choices });

    expect(result.flows[0]).toMatchObject({ outcome: 'replaced', path: OUT_OF_HOURS });
    expect(JSON.parse(await original())).toMatchObject({ id: EXAMPLE_IDS.outOfHours, description: 'From the pack' });
    const root = new WorkspaceRoot(ws.folder);
    const backups = await listBackups(root, OUT_OF_HOURS);
    expect(backups).toHaveLength(1);
    expect(await readFile(await root.statePath('backups', 'conversations', 'out-of-hours-message.flow.json', backups[0]!), 'utf8')).toBe(text);
  });

  it('skip writes nothing', async () => {
    const before = await flowFiles(ws.folder);
    const choices = { [EXAMPLE_IDS.outOfHours]: 'skip', [EXAMPLE_IDS.salesAssignment]: 'skip' };

    const result = await ws.call('pack:import', { source: asSource(pack), folder: 'imported', choices });

    expect(result.flows.map((flow) => flow.outcome)).toEqual(['skipped', 'skipped']);
    expect(await flowFiles(ws.folder)).toEqual(before);
  });

  it('writes new flows under their own ids, never over an existing file of the same name', async () => {
    const fresh = { ...pack, flows: pack.flows.map((flow, index) => ({ ...flow, id: `0b0e6a51-58d4-4b39-8e65-7c1a4d3b2f1${index}` })) };
    await writeFile(join(ws.folder, 'conversations/elsewhere.flow.json'), 'not mine to touch');
    const mine = await readFile(join(ws.folder, OUT_OF_HOURS), 'utf8');

    const result = await ws.call('pack:import', { source: asSource(fresh), folder: 'conversations', choices: {} });

    expect(result.flows.map((flow) => [flow.outcome, flow.path, flow.newId])).toEqual([
      ['created', 'conversations/out-of-hours-message-2.flow.json', fresh.flows[0]!.id],
      ['created', 'conversations/sales-auto-assignment-2.flow.json', fresh.flows[1]!.id],
    ]);
    expect(await readFile(join(ws.folder, OUT_OF_HOURS), 'utf8')).toBe(mine);
  });

  it('refuses a tampered pack unless the user overrides, writing nothing', async () => {
    const signed = signPack(pack, privateKeyFile(SIGNER));
    const tampered = { ...signed, manifest: { ...signed.manifest, description: 'edited' } };
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'skip' };
    const before = await flowFiles(ws.folder);

    const error = await expectHostError(ws.call('pack:import', { source: asSource(tampered), folder: 'imported', choices }), 'INVALID_ARGS');
    expect(error.message).toMatch(/tampered/);
    expect(await flowFiles(ws.folder)).toEqual(before);

    const forced = await ws.call('pack:import', { source: asSource(tampered), folder: 'imported', choices, allowTampered: true });
    expect(forced.flows[0]!.outcome).toBe('copied');
  });

  it('with the policy "require a signature from a trusted key", refuses an unsigned, a stripped, a re-signed and a tampered pack, saying which; imports a trusted one', async () => {
    await ws.call('keys:setPolicy', { requireTrusted: true });
    await ws.call('keys:trust', { author: 'Ada Lovelace', publicKey: SIGNER.publicKey, confirmedFingerprint: SIGNER.fingerprint });
    const mallory = generateKeyPair('Mallory', new Uint8Array(32).fill(8));
    const signed = signPack(pack, privateKeyFile(SIGNER));
    const { signature: _removed, ...stripped } = signed;
    const choices = { [EXAMPLE_IDS.outOfHours]: 'keepBoth', [EXAMPLE_IDS.salesAssignment]: 'skip' };
    const before = await flowFiles(ws.folder);

    const refusals = [
      [stripped, 'the pack is not signed (it never was, or its signature was removed)'],
      [signPack(pack, privateKeyFile(mallory)), `the pack is signed by a key that is not trusted (key ${mallory.fingerprint})`],
      [{ ...signed, manifest: { ...signed.manifest, description: 'edited' } }, 'the pack was changed after it was signed'],
    ] as const;
    for (const [refused, reason] of refusals) {
      const opened = await ws.call('pack:open', { source: asSource(refused as Pack) });
      expect(opened.requireTrusted).toBe(true);
      const error = await expectHostError(ws.call('pack:import', { source: asSource(refused as Pack), folder: 'imported', choices, allowTampered: true }), 'INVALID_ARGS');
      expect(error.message).toContain(reason);
      expect(error.message).toMatch(/your settings require a signature from a trusted key; nothing was written$/);
    }
    expect(await flowFiles(ws.folder)).toEqual(before);

    // The re-signed pack still claims Ada: the dialog is told whose trusted key it is not signed by.
    const forged = await ws.call('pack:open', { source: asSource(signPack(pack, privateKeyFile(mallory))) });
    expect(forged.signature.claimsTrustedAuthor).toEqual({ author: 'Ada Lovelace', trustedFingerprints: [SIGNER.fingerprint] });

    const imported = await ws.call('pack:import', { source: asSource(signed), folder: 'imported', choices });
    expect(imported.flows[0]!.outcome).toBe('copied');
  });

  it('refuses a pack holding two flows with one id', async () => {
    const doubled = { ...pack, flows: [pack.flows[0]!, pack.flows[0]!] };

    const opened = await ws.call('pack:open', { source: asSource(doubled) });
    const error = await expectHostError(ws.call('pack:import', { source: asSource(doubled), folder: '', choices: { [EXAMPLE_IDS.outOfHours]: 'keepBoth' } }), 'INVALID_ARGS');

    expect(opened.refusal).toMatch(/two flows of the pack have the id/);
    expect(error.message).toMatch(/nothing was written/);
  });

  it('refuses a destination folder outside the workspace', async () => {
    await expectHostError(ws.call('pack:import', { source: asSource(pack), folder: '../elsewhere', choices: {} }), 'INVALID_ARGS');
  });
});
