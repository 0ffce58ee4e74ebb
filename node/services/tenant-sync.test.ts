import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySyncFile } from '../../shared/sync/sync-file';
import { createSyncStore } from './workspace-state';
import { expectHostError, makeTempFolder } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

describe('the sync state store', () => {
  let workspace: string;
  let outside: string;
  let cleanups: (() => Promise<void>)[];

  beforeEach(async () => {
    const a = await makeTempFolder();
    const b = await makeTempFolder('flowpack-outside-');
    [workspace, outside, cleanups] = [a.folder, b.folder, [a.remove, b.remove]];
  });
  afterEach(async () => {
    for (const remove of cleanups) await remove();
  });

  it('neither reads nor replaces a .flowpack/sync.json that is a link, even one made after the workspace opened', async () => {
    const store = createSyncStore(new WorkspaceRoot(workspace));
    // A copy of the document, not the document itself: the store writes only what changed.
    await store.update((file) => ({ next: { ...file }, result: undefined }));
    await writeFile(join(outside, 'theirs.json'), JSON.stringify(emptySyncFile()));
    await rm(join(workspace, '.flowpack', 'sync.json'));
    await symlink(join(outside, 'theirs.json'), join(workspace, '.flowpack', 'sync.json'));
    const refused = await expectHostError(store.read(), 'OUTSIDE_WORKSPACE');
    expect(refused.message).toContain('".flowpack/sync.json"');
    await expectHostError(store.update((file) => ({ next: file, result: undefined })), 'OUTSIDE_WORKSPACE');
    expect(await readFile(join(outside, 'theirs.json'), 'utf8')).toBe(JSON.stringify(emptySyncFile()));
  });
});
