import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryHandlers } from './recovery-journal';
import type { RecoveryHandlers } from './recovery-journal';
import { expectHostError, makeTempFolder, steppingClock } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

describe('the recovery journal', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;
  let journal: RecoveryHandlers;

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    root = new WorkspaceRoot(workspace);
    journal = createRecoveryHandlers(root, steppingClock(new Date('2025-01-01T00:00:00.000Z')));
  });
  afterEach(() => remove());

  it('lists nothing before anything was journalled', async () => {
    expect(await journal['recovery:list']({})).toEqual({ entries: [] });
  });

  it('keeps the latest unsaved text per flow, with when it was saved, in .flowpack/recovery/', async () => {
    await journal['recovery:write']({ path: 'sales/a.flow.json', text: 'draft 1' });
    await journal['recovery:write']({ path: 'sales/a.flow.json', text: 'draft 2' });
    await journal['recovery:write']({ path: 'b.flow.json', text: 'other draft' });
    expect(await journal['recovery:list']({})).toEqual({
      entries: [
        { path: 'b.flow.json', text: 'other draft', savedAt: '2025-01-01T00:00:03.000Z' },
        { path: 'sales/a.flow.json', text: 'draft 2', savedAt: '2025-01-01T00:00:02.000Z' },
      ],
    });
    expect(await readdir(join(workspace, '.flowpack', 'recovery'))).toHaveLength(2);
  });

  it('survives a restart: a new host over the same folder finds the entries', async () => {
    await journal['recovery:write']({ path: 'a.flow.json', text: 'unsaved' });
    const restarted = createRecoveryHandlers(new WorkspaceRoot(workspace), () => new Date());
    expect((await restarted['recovery:list']({})).entries.map((e) => e.text)).toEqual(['unsaved']);
  });

  it('keeps paths differing only in letter case, and very long paths, apart', async () => {
    const long = `${'folder/'.repeat(120)}a.flow.json`;
    await journal['recovery:write']({ path: 'A.flow.json', text: 'upper' });
    await journal['recovery:write']({ path: 'a.flow.json', text: 'lower' });
    await journal['recovery:write']({ path: long, text: 'deep' });
    const entries = (await journal['recovery:list']({})).entries;
    expect(entries.map((e) => [e.path, e.text])).toEqual([
      ['A.flow.json', 'upper'],
      ['a.flow.json', 'lower'],
      [long, 'deep'],
    ]);
  });

  it('discards one entry and leaves the others; discarding twice is harmless', async () => {
    await journal['recovery:write']({ path: 'a.flow.json', text: 'a' });
    await journal['recovery:write']({ path: 'b.flow.json', text: 'b' });
    await journal['recovery:discard']({ path: 'a.flow.json' });
    await journal['recovery:discard']({ path: 'a.flow.json' });
    expect((await journal['recovery:list']({})).entries.map((e) => e.path)).toEqual(['b.flow.json']);
  });

  it('skips a damaged journal file instead of hiding the good entries', async () => {
    await journal['recovery:write']({ path: 'a.flow.json', text: 'fine' });
    await writeFile(join(workspace, '.flowpack', 'recovery', 'damaged.json'), '{"path": "x.flow.json", "text":');
    expect((await journal['recovery:list']({})).entries.map((e) => e.text)).toEqual(['fine']);
    expect(await readdir(join(workspace, '.flowpack', 'recovery'))).toHaveLength(2);
  });

  it('neither writes, reads nor deletes through a recovery folder that is a link, and names the link', async () => {
    const { folder: outside, remove: removeOutside } = await makeTempFolder('flowpack-outside-');
    try {
      await mkdir(join(workspace, '.flowpack'));
      await symlink(outside, join(workspace, '.flowpack', 'recovery'));
      const refused = await expectHostError(journal['recovery:write']({ path: 'a.flow.json', text: 'draft' }), 'OUTSIDE_WORKSPACE');
      expect(refused.message).toContain('".flowpack/recovery"');
      await expectHostError(journal['recovery:list']({}), 'OUTSIDE_WORKSPACE');
      await writeFile(join(outside, 'theirs.json'), '{}');
      await expectHostError(journal['recovery:discard']({ path: 'a.flow.json' }), 'OUTSIDE_WORKSPACE');
      expect(await readdir(outside)).toEqual(['theirs.json']);
    } finally {
      await removeOutside();
    }
  });

  it('does not list a journal entry that is a link to a file elsewhere', async () => {
    const { folder: outside, remove: removeOutside } = await makeTempFolder('flowpack-outside-');
    try {
      await journal['recovery:write']({ path: 'a.flow.json', text: 'fine' });
      await writeFile(join(outside, 'planted.json'), JSON.stringify({ path: 'b.flow.json', text: 'from elsewhere', savedAt: '2025-01-01T00:00:00.000Z' }));
      await symlink(join(outside, 'planted.json'), join(workspace, '.flowpack', 'recovery', 'planted.json'));
      expect((await journal['recovery:list']({})).entries.map((e) => e.text)).toEqual(['fine']);
    } finally {
      await removeOutside();
    }
  });
});
