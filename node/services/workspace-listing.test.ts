import { mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceHandlers } from './workspace-handlers';
import type { WorkspaceHandlers } from './workspace-handlers';
import { flowText, makeTempFolder } from './temp-workspace.testing';

describe('workspace:get and workspace:search', () => {
  let workspace: string;
  let cleanups: (() => Promise<void>)[];
  let handlers: WorkspaceHandlers;
  let close: () => void;

  const write = async (path: string, text: string) => {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), text);
  };
  const summaryOf = async (path: string) => {
    const entry = (await handlers['workspace:get']({})).entries.find((e) => e.path === path);
    if (entry?.kind !== 'flow') throw new Error(`${path} is not listed as a flow`);
    return entry.summary;
  };

  beforeEach(async () => {
    const temp = await makeTempFolder();
    workspace = temp.folder;
    cleanups = [temp.remove];
    ({ handlers, close } = createWorkspaceHandlers({ root: workspace, appDataDir: join(workspace, '.app'), builtinTemplates: () => [], emit: () => {}, watch: false }));
  });
  afterEach(async () => {
    close();
    for (const remove of cleanups) await remove();
  });

  it('lists folders and flow files depth first, folders before files, each by name', async () => {
    await write('zeta.flow.json', flowText('Zeta'));
    await write('Alpha.flow.json', flowText('Alpha'));
    await write('sales/b.flow.json', flowText('B'));
    await write('sales/a.flow.json', flowText('A'));
    await write('sales/emea/deep.flow.json', flowText('Deep'));
    await mkdir(join(workspace, 'empty'));
    await mkdir(join(workspace, 'Archive'));
    const snapshot = await handlers['workspace:get']({});
    expect(snapshot.entries.map((e) => `${e.kind} ${e.path}`)).toEqual([
      'folder Archive',
      'folder empty',
      'folder sales',
      'folder sales/emea',
      'flow sales/emea/deep.flow.json',
      'flow sales/a.flow.json',
      'flow sales/b.flow.json',
      'flow Alpha.flow.json',
      'flow zeta.flow.json',
    ]);
  });

  it('leaves out .flowpack/, node_modules/, .git/, other dot-folders and files that are not flows', async () => {
    await write('.flowpack/backups/a.flow.json/x.flow.json', flowText());
    await write('node_modules/pkg/a.flow.json', flowText());
    await write('.git/a.flow.json', flowText());
    await write('.vscode/a.flow.json', flowText());
    await write('notes.txt', 'hello');
    await write('pack.flowpack', '{}');
    await write('.flow.json', '{}');
    await write('kept.flow.json', flowText());
    const snapshot = await handlers['workspace:get']({});
    expect(snapshot.entries.map((e) => e.path)).toEqual(['kept.flow.json']);
  });

  it('summarises each flow: identity, profile and problem counts, and finds it by any of its texts', async () => {
    const doc = JSON.parse(flowText('Order follow-up', 'conversations', { description: 'Chases unpaid orders' }));
    doc.nodes[0].name = 'When an order is late';
    doc.nodes.push({ id: 'stray', type: 'no-such-step', name: 'Mystery step', position: { x: 0, y: 0 }, config: { note: 'call the warehouse', nested: { list: ['ring twice'] }, count: 3 } });
    await write('orders.flow.json', JSON.stringify(doc));
    const summary = await summaryOf('orders.flow.json');
    expect(summary).toMatchObject({ id: doc.id, name: 'Order follow-up', description: 'Chases unpaid orders', profile: 'conversations', kind: 'standard', editable: true });
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary).not.toHaveProperty('searchText');
    for (const text of ['Order follow-up', 'Chases unpaid orders', 'When an order is late', 'Mystery step', 'call the warehouse', 'ring twice']) {
      expect((await handlers['workspace:search']({ query: text })).paths).toEqual(['orders.flow.json']);
    }
  });

  it('searches as the library does: every word, in any order, ignoring case and accents, in flows listed since', async () => {
    await write('promo.flow.json', flowText('Promoção de verão', 'conversations', { description: 'Acción para clientes' }));
    await write('other.flow.json', flowText('Other'));
    await handlers['workspace:get']({});
    const search = async (query: string) => (await handlers['workspace:search']({ query })).paths;

    expect(await search('PROMOCAO verao')).toEqual(['promo.flow.json']);
    expect(await search('clientes accion')).toEqual(['promo.flow.json']);
    expect(await search('promocao other')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    await rm(join(workspace, 'promo.flow.json'));
    await handlers['workspace:get']({});
    expect(await search('promocao')).toEqual([]);
  });

  it('counts no problems for a clean flow', async () => {
    await write('clean.flow.json', flowText('Clean'));
    expect(await summaryOf('clean.flow.json')).toMatchObject({ errors: 0, warnings: 0, editable: true });
  });

  it('marks a flow of a newer format than this build as not editable (it opens read-only)', async () => {
    const doc = JSON.parse(flowText('From the future'));
    doc.version = 99;
    await write('future.flow.json', JSON.stringify(doc));
    const summary = await summaryOf('future.flow.json');
    expect(summary).toMatchObject({ name: 'From the future', editable: false });
    expect(summary.errors).toBeGreaterThan(0);
  });

  it('lists an unreadable file by its file name, with an error, not editable', async () => {
    await write('sales/broken.flow.json', '{ "name": ');
    expect(await summaryOf('sales/broken.flow.json')).toMatchObject({ name: 'broken', errors: 1, editable: false });
  });

  it('reuses a summary while the file keeps its modification time and size, and notices when they change', async () => {
    const path = join(workspace, 'a.flow.json');
    const mtime = new Date('2025-02-03T04:05:06.000Z');
    await write('a.flow.json', flowText('Aaaa'));
    await utimes(path, mtime, mtime);
    expect((await summaryOf('a.flow.json')).name).toBe('Aaaa');

    // Same size, same modification time: the cached summary is used, the file is not read again.
    await writeFile(path, flowText('Bbbb'));
    await utimes(path, mtime, mtime);
    expect((await summaryOf('a.flow.json')).name).toBe('Aaaa');

    await writeFile(path, flowText('Changed'));
    expect((await summaryOf('a.flow.json')).name).toBe('Changed');
  });

  it('does not follow a symbolic link to a folder outside the workspace', async () => {
    const outside = await makeTempFolder('flowpack-outside-');
    cleanups.push(outside.remove);
    await writeFile(join(outside.folder, 'secret.flow.json'), flowText('Secret'));
    await symlink(outside.folder, join(workspace, 'escape'));
    await symlink(join(outside.folder, 'secret.flow.json'), join(workspace, 'linked.flow.json'));
    const snapshot = await handlers['workspace:get']({});
    expect(snapshot.entries).toEqual([]);
  });

  it('names the workspace after its folder until flowpack.workspace.json says otherwise', async () => {
    const before = await handlers['workspace:get']({});
    expect(before.name).toBe(basename(workspace));
    expect(before.settings).toMatchObject({ name: basename(workspace), priority: [], description: '' });
    await write('flowpack.workspace.json', JSON.stringify({ format: 'flowpack.workspace', version: 1, name: 'Client work' }));
    expect((await handlers['workspace:get']({})).settings.name).toBe('Client work');
  });

  it('still opens a workspace whose flowpack.workspace.json is damaged, with default settings', async () => {
    await write('flowpack.workspace.json', '{ not json');
    await write('a.flow.json', flowText());
    const snapshot = await handlers['workspace:get']({});
    expect(snapshot.settings.name).toBe(basename(workspace));
    expect(snapshot.entries).toHaveLength(1);
  });
});
