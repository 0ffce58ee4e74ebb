import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../shared/pack/load-pack';
import { generateKeyPair, privateKeyFile, publicKeyFile } from '../../shared/pack/signature/keys';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { parseJson } from '../../shared/json/parse-json';
import { makePackWorkspace } from './pack-workspace.testing';
import type { PackWorkspace } from './pack-workspace.testing';
import { expectHostError, flowText } from './temp-workspace.testing';

const CONVERSATIONS = ['conversations/out-of-hours-message.flow.json', 'conversations/sales-auto-assignment.flow.json'];
const manifest = { name: 'Support basics', description: 'Two flows', author: 'Ada' };

const packFiles = async (folder: string) => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.flowpack'));

describe('pack export from the workspace', () => {
  let ws: PackWorkspace;
  beforeEach(async () => {
    ws = await makePackWorkspace();
  });
  afterEach(() => ws.remove());

  it('previews the sanitisation report and the default file name without writing anything', async () => {
    const preview = await ws.call('pack:exportPreview', { paths: CONVERSATIONS, ...manifest });

    expect(preview.report.flows.map((flow) => flow.name)).toEqual(['Out-of-hours message', 'Sales auto-assignment']);
    expect(preview.report.items).toHaveLength(2);
    expect(preview.report.items.every((item) => item.what === 'tag reference' && item.action === 'keptByName')).toBe(true);
    expect(preview.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(preview.fileName).toMatch(/^Support basics \d{4}-\d\d-\d\d \d{4}\.flowpack$/);
    expect(await packFiles(ws.folder)).toEqual([]);
  });

  it('writes the pack to the chosen path, where it loads as a pack of the chosen flows', async () => {
    const result = await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'out/support.flowpack' });

    expect(result.written).toBe('out/support.flowpack');
    const parsed = parseJson(await readFile(join(ws.folder, 'out/support.flowpack')));
    const loaded = loadPack(parsed.ok ? parsed.value : undefined);
    expect(loaded.pack?.manifest).toMatchObject({ name: 'Support basics', author: 'Ada', generator: 'flowpack-studio/9.9.9' });
    expect(loaded.flows.map((entry) => entry.flow.name)).toEqual(['Out-of-hours message', 'Sales auto-assignment']);
  });

  it('never writes over an existing file', async () => {
    await writeFile(join(ws.folder, 'taken.flowpack'), 'mine');

    await expectHostError(ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'taken.flowpack' }), 'EXISTS');
    expect(await readFile(join(ws.folder, 'taken.flowpack'), 'utf8')).toBe('mine');
  });

  it('refuses with diagnostics and writes nothing when export refuses (flows of two profiles)', async () => {
    const paths = [CONVERSATIONS[0], 'pipeline/client-onboarding.flow.json'];

    const preview = await ws.call('pack:exportPreview', { paths, ...manifest });
    const written = await ws.call('pack:exportWrite', { paths, ...manifest, target: 'mixed.flowpack' });

    expect(preview.diagnostics.map((d) => d.code)).toContain('PACK_PROFILE_MIXED');
    expect(written.written).toBeNull();
    expect(await packFiles(ws.folder)).toEqual([]);
  });

  it('refuses a flow with validation errors, naming its file', async () => {
    const broken = JSON.parse(flowText('Broken')) as { nodes: unknown[] };
    broken.nodes.push({ id: 'x', type: 'no-such-step', name: 'X', position: { x: 0, y: 0 }, config: {} });
    await writeFile(join(ws.folder, 'broken.flow.json'), JSON.stringify(broken));

    const result = await ws.call('pack:exportWrite', { paths: ['broken.flow.json'], ...manifest, target: 'broken.flowpack' });

    expect(result.written).toBeNull();
    const error = result.diagnostics.find((d) => d.severity === 'error');
    expect(error && result.flowPaths[error.flowId ?? '']).toBe('broken.flow.json');
  });

  it('brings along the reusable flows a contact-center flow calls, from elsewhere in the workspace', async () => {
    const preview = await ws.call('pack:exportPreview', { paths: ['contact-center/sales-ivr.flow.json'], ...manifest });

    expect(preview.report.flows.filter((flow) => flow.dependency).map((flow) => flow.name).sort()).toEqual(['After-hours', 'Sales hold message']);
  });

  it('offers to keep a removed phone number, and with it kept the written pack lists it as kept on purpose', async () => {
    const paths = ['contact-center/sales-ivr.flow.json'];
    const preview = await ws.call('pack:exportPreview', { paths, ...manifest });
    const index = preview.report.items.findIndex((item) => item.what === 'phone number');
    expect(preview.report.keepable[index]).toBe('+14155550142');

    const result = await ws.call('pack:exportWrite', { paths, ...manifest, keep: ['+14155550142'], target: 'kept.flowpack' });
    expect(result.report.kept).toContainEqual(expect.objectContaining({ nodeId: 'support-desk', what: 'phone number', action: 'kept' }));
    // The same number where the flow's tests dial it is kept with it, and nothing else is.
    expect(result.report.kept.every((item) => item.what.startsWith('phone number'))).toBe(true);
    const written = JSON.parse(await readFile(join(ws.folder, 'kept.flowpack'), 'utf8')) as { manifest: { kept: unknown[] } };
    expect(written.manifest.kept).toHaveLength(result.report.kept.length);
    // The value itself travels where the flow holds it, never in a list of values the author chose.
    expect(JSON.stringify(written.manifest)).not.toContain('+14155550142');
  });

  it('says which manifest field is wrong (an empty pack name) instead of writing', async () => {
    const result = await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, name: ' ', target: 'x.flowpack' });

    expect(result.written).toBeNull();
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('name'))).toBe(true);
  });

  it('signs the pack with a private key file, so it verifies against that key', async () => {
    const pair = generateKeyPair('Ada', new Uint8Array(32).fill(1));
    const signingKey = JSON.stringify(privateKeyFile(pair));

    await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'signed.flowpack', signingKey });

    const written = JSON.parse(await readFile(join(ws.folder, 'signed.flowpack'), 'utf8')) as object;
    expect(verifyPack(written, [publicKeyFile(pair)])).toMatchObject({ status: 'valid', fingerprint: pair.fingerprint });
  });

  it('refuses a public key file as the signing key, writing nothing', async () => {
    const signingKey = JSON.stringify(publicKeyFile(generateKeyPair('Ada', new Uint8Array(32).fill(1))));

    const error = await expectHostError(ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'signed.flowpack', signingKey }), 'INVALID_ARGS');

    expect(error.message).toMatch(/public key file/);
    expect(await packFiles(ws.folder)).toEqual([]);
  });

  it('carries the test file beside each exported flow, as the flow\'s tests in the pack', async () => {
    const flow = JSON.parse(await readFile(join(ws.folder, CONVERSATIONS[0]!), 'utf8')) as { id: string };
    const tests = { format: 'flowpack.flowtest', version: 1, flow: flow.id, tests: [{ name: 'it starts', expect: { path: [], outcome: 'waiting' } }] };
    await writeFile(join(ws.folder, 'conversations/out-of-hours-message.flowtest.json'), JSON.stringify(tests));

    await ws.call('pack:exportWrite', { paths: CONVERSATIONS, ...manifest, target: 'with-tests.flowpack' });

    const parsed = parseJson(await readFile(join(ws.folder, 'with-tests.flowpack')));
    const loaded = loadPack(parsed.ok ? parsed.value : undefined);
    expect(loaded.pack?.tests?.find((file) => file.flow === flow.id)?.tests.map((test) => test.name)).toEqual(['it starts']);
  });

  it('refuses to export a flow whose test file holds the tests of another flow, naming the file', async () => {
    const tests = { format: 'flowpack.flowtest', version: 1, flow: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', tests: [] };
    await writeFile(join(ws.folder, 'conversations/out-of-hours-message.flowtest.json'), JSON.stringify(tests));

    await expect(ws.call('pack:exportPreview', { paths: CONVERSATIONS, ...manifest })).rejects.toThrow(/out-of-hours-message\.flowtest\.json" holds the tests of another flow/);
  });
});
