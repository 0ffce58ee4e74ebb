import { describe, expect, it } from 'vitest';
import { fakeHostClient } from '../host/fake-host-client';
import { canSave, createExportPackStore, shownPreview } from './export-pack-store';
import { createPackActions } from './pack-actions';

const clean = { diagnostics: [], report: {}, fileName: 'starter-pack.flowpack' };
const refusal = { ...clean, diagnostics: [{ severity: 'error', code: 'pack.blockedStep', message: 'blocked', target: { kind: 'flow' } }] };

function exportDialog(answers: Parameters<typeof fakeHostClient>[0], opened = { paths: ['a.flow.json'], name: 'Starter pack' }) {
  const host = fakeHostClient(answers);
  return { ...host, store: createExportPackStore(createPackActions(host.client), opened) };
}

describe('the Export pack dialog workflow', () => {
  it('Save waits until the report shown answers the form as it is now', async () => {
    // given a report for the pack as first named
    const { store } = exportDialog({ 'pack:exportPreview': clean });
    await store.getState().preview();
    expect(canSave(store.getState())).toBe(true);
    // when the name changes
    store.getState().setName('Starter pack 2');
    // then the report shown is stale until export answers again
    expect(canSave(store.getState())).toBe(false);
    await store.getState().preview();
    expect(canSave(store.getState())).toBe(true);
  });

  it('an answer for a form changed meanwhile is dropped', async () => {
    let answer: (value: unknown) => void = () => {};
    const { store } = exportDialog({ 'pack:exportPreview': () => new Promise((resolve) => (answer = resolve)) });
    const asked = store.getState().preview();
    store.getState().toggleFlow('b.flow.json', true);
    answer(clean);
    await asked;
    expect(store.getState().previewed).toBeNull();
  });

  it('a refusing report blocks Save, and Save writes nothing', async () => {
    const { store, calls } = exportDialog({ 'pack:exportPreview': refusal });
    await store.getState().preview();
    expect(shownPreview(store.getState())?.diagnostics).toHaveLength(1);
    expect(canSave(store.getState())).toBe(false);
    await store.getState().save(false);
    expect(calls.map((call) => call.name)).toEqual(['pack:exportPreview']);
  });

  it('a value kept on purpose makes export run again with it, and can be let go', async () => {
    const { store, calls } = exportDialog({ 'pack:exportPreview': clean });
    store.getState().keepValue('ana@example.com');
    store.getState().keepValue('ana@example.com');
    await store.getState().preview();
    expect(calls.at(-1)?.args).toMatchObject({ keep: ['ana@example.com'] });
    store.getState().unkeepValue('ana@example.com');
    expect(store.getState().args.keep).toEqual([]);
  });

  it('saves to the file named in the workspace and then says where the pack went', async () => {
    const { store, calls } = exportDialog({
      'pack:exportPreview': clean,
      'pack:exportWrite': { diagnostics: [], report: {}, written: 'starter-pack.flowpack', fullPath: '/ws/starter-pack.flowpack' },
    });
    await store.getState().preview();
    await store.getState().save(false);
    expect(calls.at(-1)).toMatchObject({ name: 'pack:exportWrite', args: { target: 'starter-pack.flowpack', name: 'Starter pack' } });
    expect(store.getState().saved).toEqual({ fullPath: '/ws/starter-pack.flowpack', workspacePath: 'starter-pack.flowpack' });
    expect(store.getState().busy).toBe(false);
  });

  it('a file name outside the workspace or without the pack suffix is refused before anything is written', async () => {
    const { store, calls } = exportDialog({ 'pack:exportPreview': clean });
    await store.getState().preview();
    store.getState().setFileName('../outside.flowpack');
    await store.getState().save(false);
    expect(store.getState().problem).not.toBeNull();
    expect(calls.map((call) => call.name)).toEqual(['pack:exportPreview']);
  });

  it('a picked key the user asks to keep goes to the key store first, and the pack is signed with the kept key', async () => {
    const { store, calls } = exportDialog({
      'pack:exportPreview': clean,
      'keys:listSigning': { keys: [], keychain: { protects: true } },
      'keys:rememberSigning': { fingerprint: 'AB:CD' },
      'pack:exportSaveAs': { cancelled: true },
    });
    await store.getState().loadSigningKeys();
    await store.getState().preview();
    store.getState().signWithChoice('file');
    store.getState().pickKeyFile('-----BEGIN PRIVATE KEY-----');
    store.getState().setKeepKey(true);
    await store.getState().save(true);
    expect(calls.find((call) => call.name === 'keys:rememberSigning')?.args).toEqual({ text: '-----BEGIN PRIVATE KEY-----', allowUnprotected: false });
    expect(calls.at(-1)).toMatchObject({ name: 'pack:exportSaveAs', args: { signingKeyId: 'AB:CD' } });
    expect(store.getState().saved).toBeNull();
  });

  it('a kept key chosen to sign with and forgotten in the Keys dialog is no longer chosen', async () => {
    const { store } = exportDialog({ 'keys:listSigning': { keys: [], keychain: { protects: true } } });
    store.getState().signWithChoice('AB:CD');
    await store.getState().afterKeys();
    expect(store.getState().signWith).toBe('');
  });
});
