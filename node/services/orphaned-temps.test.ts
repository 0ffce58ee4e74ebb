import { spawnSync } from 'node:child_process';
import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createWorkspaceHandlers } from './workspace-handlers';
import { ORPHAN_AGE_MS, removeOrphanedTemps } from './orphaned-temps';
import { makeTempFolder, workspaceBesideOutside } from './temp-workspace.testing';
import type { WorkspaceRoot } from './workspace-root';

/** The id of a process that has ended, as a save's process killed midway has. */
function endedProcessId(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a child process');
  return pid;
}

describe('removing orphaned temporary files when a workspace opens', () => {
  let workspace: string;
  let outside: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;

  const put = async (path: string, ageMs = 0) => {
    const file = join(workspace, path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, 'partial save');
    const when = new Date(Date.now() - ageMs);
    await utimes(file, when, when);
  };
  const namesIn = async (folder: string) => (await readdir(join(workspace, folder))).sort();

  beforeEach(async () => {
    ({ workspace, outside, root, remove } = await workspaceBesideOutside());
  });
  afterEach(() => remove());

  it('removes the temporary file of a save whose process was killed, in any folder and in .flowpack/', async () => {
    const ended = endedProcessId();
    await put('sales/a.flow.json');
    await put(`sales/.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`);
    await put(`.flowpack/recovery/.0f.json.flowpack-${ended}-abcdefabcdef.tmp`);
    const removed = await removeOrphanedTemps(root);
    expect(removed.sort()).toEqual([`.flowpack/recovery/.0f.json.flowpack-${ended}-abcdefabcdef.tmp`, `sales/.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`]);
    expect(await namesIn('sales')).toEqual(['a.flow.json']);
    expect(await namesIn('.flowpack/recovery')).toEqual([]);
  });

  it('keeps a fresh temporary file of a running process: another window may be saving right now', async () => {
    await put(`.a.flow.json.flowpack-${process.pid}-0a1b2c3d4e5f.tmp`);
    expect(await removeOrphanedTemps(root)).toEqual([]);
    expect(await namesIn('')).toEqual([`.a.flow.json.flowpack-${process.pid}-0a1b2c3d4e5f.tmp`]);
  });

  it(`removes one untouched for longer than any save takes (${ORPHAN_AGE_MS / 60000} minutes), also one named without a process id`, async () => {
    await put(`.a.flow.json.flowpack-${process.pid}-0a1b2c3d4e5f.tmp`, ORPHAN_AGE_MS + 60_000);
    await put('.b.flow.json.flowpack-0a1b2c3d4e5f.tmp', ORPHAN_AGE_MS + 60_000);
    await put('.c.flow.json.flowpack-abcdefabcdef.tmp', ORPHAN_AGE_MS - 60_000);
    expect((await removeOrphanedTemps(root)).sort()).toEqual([`.a.flow.json.flowpack-${process.pid}-0a1b2c3d4e5f.tmp`, '.b.flow.json.flowpack-0a1b2c3d4e5f.tmp']);
    expect(await namesIn('')).toEqual(['.c.flow.json.flowpack-abcdefabcdef.tmp']);
  });

  it('never removes a file that is not one of ours, however old', async () => {
    const ended = endedProcessId();
    const theirs = [
      '.notes.tmp',
      `a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`,
      `.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp.bak`,
      '.a.flow.json.flowpack-notours.tmp',
      'a.flow.json',
    ];
    for (const name of theirs) await put(name, ORPHAN_AGE_MS * 24);
    await mkdir(join(workspace, `.b.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`));
    expect(await removeOrphanedTemps(root)).toEqual([]);
    expect(await namesIn('')).toEqual([...theirs, `.b.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`].sort());
  });

  it('follows no link: neither a linked folder nor a link named like a temporary file is touched', async () => {
    const ended = endedProcessId();
    const orphanName = `.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`;
    await writeFile(join(outside, orphanName), 'someone else');
    await symlink(outside, join(workspace, 'linked'));
    await mkdir(join(workspace, '.flowpack'));
    await symlink(outside, join(workspace, '.flowpack', 'backups'));
    await symlink(join(outside, orphanName), join(workspace, orphanName));
    expect(await removeOrphanedTemps(root)).toEqual([]);
    expect(await readdir(outside)).toEqual([orphanName]);
    expect(await namesIn('')).toContain(orphanName);
  });

  it('runs when the workspace is opened', async () => {
    const appData = await makeTempFolder('flowpack-appdata-');
    onTestFinished(appData.remove);
    const ended = endedProcessId();
    await put(`sales/.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`);
    const service = createWorkspaceHandlers({ root: workspace, appDataDir: appData.folder, builtinTemplates: () => [], emit: () => {}, watch: false });
    expect(await service.orphansRemoved).toEqual([`sales/.a.flow.json.flowpack-${ended}-0a1b2c3d4e5f.tmp`]);
    expect(await namesIn('sales')).toEqual([]);
    service.close();
  });
});
