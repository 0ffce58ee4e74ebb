import { cp, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { parseJson } from '../../shared/json/parse-json';
import { loadPack } from '../../shared/pack/load-pack';
import { makeTempFolder } from './temp-workspace.testing';
import type { ChooseSavePath } from './save-dialogs';
import { createWorkspaceHandlers } from './workspace-handlers';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const FLOWS = ['conversations/out-of-hours-message.flow.json', 'conversations/sales-auto-assignment.flow.json'];
const manifest = { name: 'Support basics', description: 'Two flows', author: 'Ada' };

/**
 * The workspace services over a copy of examples/. `dialog` answers the native Save dialog
 * with the path the test pushes into `answers` (null: cancelled); without it, the host has no
 * native dialog (the browser host).
 */
async function workspaceWith(dialog: 'native' | 'none') {
  const workspace = await makeTempFolder('flowpack-save-dialog-');
  const elsewhere = await makeTempFolder('flowpack-desktop-');
  const appData = await makeTempFolder('flowpack-appdata-');
  await cp(EXAMPLES, workspace.folder, { recursive: true });
  const answers: (string | null)[] = [];
  const asked: Parameters<ChooseSavePath>[0][] = [];
  const chooseSavePath: ChooseSavePath = async (request) => {
    asked.push(request);
    return answers.shift() ?? null;
  };
  const service = createWorkspaceHandlers({
    root: workspace.folder,
    appDataDir: appData.folder,
    builtinTemplates: () => [],
    emit: () => {},
    watch: false,
    ...(dialog === 'native' ? { chooseSavePath } : {}),
  });
  return {
    folder: workspace.folder,
    elsewhere: elsewhere.folder,
    answers,
    asked,
    call: (name: string, args: unknown) => dispatchHostCall(service.handlers as HostHandlers, name, args),
    remove: async () => {
      service.close();
      await Promise.all([workspace.remove(), elsewhere.remove(), appData.remove()]);
    },
  };
}

const packFilesIn = async (folder: string) => (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.flowpack'));

let ws: Awaited<ReturnType<typeof workspaceWith>>;
afterEach(() => ws.remove());

describe('Save As for a flow with the native dialog', () => {
  it('answers the workspace path chosen, the dialog opening in the workspace with the suggested name', async () => {
    ws = await workspaceWith('native');
    ws.answers.push(join(ws.folder, 'conversations', 'after-hours-v2.flow.json'));
    expect(await ws.call('dialog:chooseFlowPath', { suggestedName: 'after-hours-v2' })).toEqual({ ok: true, result: { path: 'conversations/after-hours-v2.flow.json' } });
    expect(ws.asked).toEqual([{ defaultPath: join(ws.folder, 'after-hours-v2.flow.json'), kind: 'flow' }]);
  });

  it('gives a name chosen without the flow suffix the suffix, as the app’s own dialog does', async () => {
    ws = await workspaceWith('native');
    ws.answers.push(join(ws.folder, 'triage.json'));
    expect(await ws.call('dialog:chooseFlowPath', { suggestedName: 'triage' })).toEqual({ ok: true, result: { path: 'triage.flow.json' } });
  });

  it('answers null when the dialog is cancelled', async () => {
    ws = await workspaceWith('native');
    expect(await ws.call('dialog:chooseFlowPath', { suggestedName: 'welcome' })).toEqual({ ok: true, result: { path: null } });
  });

  it('refuses a place outside the workspace, or in its .flowpack folder, saying why', async () => {
    ws = await workspaceWith('native');
    ws.answers.push(join(ws.elsewhere, 'welcome.flow.json'), join(ws.folder, '.flowpack', 'welcome.flow.json'));
    const outside = await ws.call('dialog:chooseFlowPath', { suggestedName: 'welcome' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'OUTSIDE_WORKSPACE' } });
    expect(JSON.stringify(outside)).toContain('open that folder as the workspace');
    expect(await ws.call('dialog:chooseFlowPath', { suggestedName: 'welcome' })).toMatchObject({ ok: false });
  });

  it('is not supported where there is no native dialog (the browser host)', async () => {
    ws = await workspaceWith('none');
    expect(await ws.call('dialog:chooseFlowPath', { suggestedName: 'welcome' })).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });
});

describe('Export a pack with the native Save dialog', () => {
  it('writes the pack where the user chose, outside the workspace too, and says where', async () => {
    ws = await workspaceWith('native');
    const target = join(ws.elsewhere, 'support basics.flowpack');
    ws.answers.push(target);
    const saved = await ws.call('pack:exportSaveAs', { paths: FLOWS, ...manifest });
    expect(saved).toMatchObject({ ok: true, result: { savedTo: target, cancelled: false } });
    expect(ws.asked[0]).toMatchObject({ kind: 'pack', defaultPath: expect.stringMatching(/Support basics \d{4}-\d\d-\d\d \d{4}\.flowpack$/) });
    const parsed = parseJson(await readFile(target));
    const loaded = loadPack(parsed.ok ? parsed.value : undefined);
    expect(loaded.flows.map((entry) => entry.flow.name)).toEqual(['Out-of-hours message', 'Sales auto-assignment']);
    expect(await packFilesIn(ws.folder)).toEqual([]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    ws = await workspaceWith('native');
    expect(await ws.call('pack:exportSaveAs', { paths: FLOWS, ...manifest })).toEqual({ ok: true, result: { cancelled: true } });
    expect([...(await packFilesIn(ws.folder)), ...(await packFilesIn(ws.elsewhere))]).toEqual([]);
  });

  it('refuses a signing key that cannot sign before asking where, and writes nothing', async () => {
    ws = await workspaceWith('native');
    const refused = await ws.call('pack:exportSaveAs', { paths: FLOWS, ...manifest, signingKey: 'not a key file' });
    expect(refused).toMatchObject({ ok: false });
    expect(ws.asked).toEqual([]);
  });

  it('is not supported where there is no native dialog (the browser host)', async () => {
    ws = await workspaceWith('none');
    expect(await ws.call('pack:exportSaveAs', { paths: FLOWS, ...manifest })).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });
});
