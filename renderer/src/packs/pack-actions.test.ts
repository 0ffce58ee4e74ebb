import { describe, expect, it } from 'vitest';
import { fakeHostClient as fakeClient } from '../host/fake-host-client';
import { createPackActions } from './pack-actions';

const outcome = { diagnostics: [], report: {} };
const args = { paths: ['a.flow.json'], name: 'Starter pack', description: '', author: '', keep: [] };

describe('pack actions', () => {
  it('in the desktop app asks where with the native Save dialog, and the pack may land outside the workspace', async () => {
    // given
    const { client, calls } = fakeClient({ 'pack:exportSaveAs': { ...outcome, cancelled: false, savedTo: '/home/me/Starter pack.flowpack' } });
    // when
    const written = await createPackActions(client).writePack(args, { nativeDialogs: true });
    // then
    expect(calls.map((call) => call.name)).toEqual(['pack:exportSaveAs']);
    expect(written).toMatchObject({ cancelled: false, savedTo: '/home/me/Starter pack.flowpack', workspacePath: null });
  });

  it('a cancelled Save dialog writes nothing and says so', async () => {
    const { client } = fakeClient({ 'pack:exportSaveAs': { cancelled: true } });
    expect(await createPackActions(client).writePack(args, { nativeDialogs: true })).toEqual({ cancelled: true });
  });

  it('without native dialogs writes to the named file in the workspace and answers both paths', async () => {
    const { client, calls } = fakeClient({ 'pack:exportWrite': { ...outcome, written: 'packs/starter.flowpack', fullPath: '/ws/packs/starter.flowpack' } });
    const written = await createPackActions(client).writePack(args, { nativeDialogs: false, target: 'packs/starter.flowpack' });
    expect(calls).toEqual([{ name: 'pack:exportWrite', args: { ...args, target: 'packs/starter.flowpack' } }]);
    expect(written).toMatchObject({ cancelled: false, savedTo: '/ws/packs/starter.flowpack', workspacePath: 'packs/starter.flowpack' });
  });

  it('an export refused at write time answers no path, with the findings to show', async () => {
    const refused = { diagnostics: [{ severity: 'error', code: 'x' }], report: {} };
    const { client } = fakeClient({ 'pack:exportWrite': { ...refused, written: null, fullPath: null } });
    const written = await createPackActions(client).writePack(args, { nativeDialogs: false, target: 'p.flowpack' });
    expect(written).toMatchObject({ cancelled: false, savedTo: null, diagnostics: refused.diagnostics });
  });
});
