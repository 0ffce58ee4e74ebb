import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceOperationHandlers } from './workspace-operations';
import type { WorkspaceOperationHandlers } from './workspace-operations';
import { expectHostError, flowText, makeTempFolder } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

describe('workspace operations', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let ops: WorkspaceOperationHandlers;
  let now: Date;

  const write = async (path: string, text: string) => {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), text);
  };
  const present = (path: string) => stat(join(workspace, path)).then(() => true, () => false);

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    now = new Date('2025-03-04T05:06:07.089Z');
    ops = createWorkspaceOperationHandlers(new WorkspaceRoot(workspace), () => now);
  });
  afterEach(() => remove());

  describe('workspace:createFolder', () => {
    it('creates a folder, with any missing parents', async () => {
      await ops['workspace:createFolder']({ path: 'clients/acme' });
      expect((await stat(join(workspace, 'clients/acme'))).isDirectory()).toBe(true);
    });

    it('refuses a name already taken by a folder or a file (EXISTS)', async () => {
      await mkdir(join(workspace, 'sales'));
      await write('a.flow.json', flowText());
      await expectHostError(ops['workspace:createFolder']({ path: 'sales' }), 'EXISTS');
      await expectHostError(ops['workspace:createFolder']({ path: 'a.flow.json' }), 'EXISTS');
    });
  });

  describe('workspace:move', () => {
    it('renames a flow file', async () => {
      await write('old.flow.json', flowText('Kept'));
      await ops['workspace:move']({ from: 'old.flow.json', to: 'new.flow.json' });
      expect(await present('old.flow.json')).toBe(false);
      expect(await readFile(join(workspace, 'new.flow.json'), 'utf8')).toBe(flowText('Kept'));
    });

    it('moves a folder with everything in it, creating the destination folders', async () => {
      await write('sales/a.flow.json', flowText('A'));
      await write('sales/emea/b.flow.json', flowText('B'));
      await ops['workspace:move']({ from: 'sales', to: 'archive/2024/sales' });
      expect(await readFile(join(workspace, 'archive/2024/sales/emea/b.flow.json'), 'utf8')).toBe(flowText('B'));
      expect(await present('sales')).toBe(false);
    });

    it('never overwrites: a taken destination is refused with EXISTS and both stay as they were', async () => {
      await write('a.flow.json', flowText('A'));
      await write('b.flow.json', flowText('B'));
      await expectHostError(ops['workspace:move']({ from: 'a.flow.json', to: 'b.flow.json' }), 'EXISTS');
      expect(await readFile(join(workspace, 'b.flow.json'), 'utf8')).toBe(flowText('B'));
      expect(await present('a.flow.json')).toBe(true);
    });

    it('says NOT_FOUND when there is nothing to move', async () => {
      await expectHostError(ops['workspace:move']({ from: 'ghost.flow.json', to: 'x.flow.json' }), 'NOT_FOUND');
    });

    it('refuses to move a folder into itself', async () => {
      await mkdir(join(workspace, 'sales'));
      await expectHostError(ops['workspace:move']({ from: 'sales', to: 'sales/inner' }), 'INVALID_ARGS');
    });

    it('refuses to move anything into .flowpack/', async () => {
      await write('a.flow.json', flowText());
      await expectHostError(ops['workspace:move']({ from: 'a.flow.json', to: '.flowpack/a.flow.json' }), 'OUTSIDE_WORKSPACE');
      expect(await present('a.flow.json')).toBe(true);
    });
  });

  describe('workspace:trash', () => {
    it('moves files and folders to .flowpack/trash/<timestamp>/<original path>, content intact', async () => {
      await write('sales/a.flow.json', flowText('A'));
      await write('old/b.flow.json', flowText('B'));
      await ops['workspace:trash']({ paths: ['sales/a.flow.json', 'old'] });
      const batch = join(workspace, '.flowpack/trash/2025-03-04T05-06-07.089Z');
      expect(await readFile(join(batch, 'sales/a.flow.json'), 'utf8')).toBe(flowText('A'));
      expect(await readFile(join(batch, 'old/b.flow.json'), 'utf8')).toBe(flowText('B'));
      expect(await present('sales/a.flow.json')).toBe(false);
      expect(await present('old')).toBe(false);
    });

    it('keeps both when the same path is trashed twice in the same moment', async () => {
      await write('a.flow.json', flowText('First'));
      await ops['workspace:trash']({ paths: ['a.flow.json'] });
      await write('a.flow.json', flowText('Second'));
      await ops['workspace:trash']({ paths: ['a.flow.json'] });
      const batches = (await readdir(join(workspace, '.flowpack/trash'))).sort();
      expect(batches).toHaveLength(2);
      const texts = await Promise.all(batches.map((b) => readFile(join(workspace, '.flowpack/trash', b, 'a.flow.json'), 'utf8')));
      expect(texts).toEqual([flowText('First'), flowText('Second')]);
    });

    it('accepts a folder together with something inside it', async () => {
      await write('sales/a.flow.json', flowText('A'));
      await ops['workspace:trash']({ paths: ['sales/a.flow.json', 'sales'] });
      expect(await readFile(join(workspace, '.flowpack/trash/2025-03-04T05-06-07.089Z/sales/a.flow.json'), 'utf8')).toBe(flowText('A'));
    });

    it('moves nothing when one of the paths does not exist (NOT_FOUND)', async () => {
      await write('a.flow.json', flowText());
      await expectHostError(ops['workspace:trash']({ paths: ['a.flow.json', 'ghost.flow.json'] }), 'NOT_FOUND');
      expect(await present('a.flow.json')).toBe(true);
    });

    it('moves nothing out of the workspace when .flowpack/trash links outside it, and says which link', async () => {
      const { folder: outside, remove: removeOutside } = await makeTempFolder('flowpack-outside-');
      try {
        await write('sales/a.flow.json', flowText('A'));
        await mkdir(join(workspace, '.flowpack'));
        await symlink(outside, join(workspace, '.flowpack', 'trash'));
        const refused = await expectHostError(ops['workspace:trash']({ paths: ['sales/a.flow.json', 'sales'] }), 'OUTSIDE_WORKSPACE');
        expect(refused.message).toContain('".flowpack/trash"');
        expect(await readFile(join(workspace, 'sales/a.flow.json'), 'utf8')).toBe(flowText('A'));
        expect(await readdir(outside)).toEqual([]);
      } finally {
        await removeOutside();
      }
    });

    it('refuses to trash the workspace folder itself or its state', async () => {
      await expectHostError(ops['workspace:trash']({ paths: [''] }), 'INVALID_ARGS');
      await mkdir(join(workspace, '.flowpack'));
      await expectHostError(ops['workspace:trash']({ paths: ['.flowpack'] }), 'OUTSIDE_WORKSPACE');
    });
  });
});
