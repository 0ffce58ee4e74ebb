import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AtomicWrite from './atomic-write';
import { createFlowFileHandlers } from './flow-files';
import type { FlowFileHandlers } from './flow-files';
import { expectHostError, flowText, makeTempFolder, steppingClock } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

/** What another program does to the target at the latest moment a save can still notice it; none by default. */
let outsideWriter: ((target: string) => Promise<void>) | undefined;

// The atomic writer as it is, with the other program's write slipped in after the new content
// (and the backup) are on disk, just before the save's own last look at the file.
vi.mock('./atomic-write', async (importOriginal) => {
  const original = await importOriginal<typeof AtomicWrite>();
  return {
    ...original,
    writeFileAtomic: (path: string, data: string | Uint8Array, options: Parameters<typeof original.writeFileAtomic>[2] = {}) =>
      original.writeFileAtomic(path, data, {
        ...options,
        beforeReplace: async () => {
          await outsideWriter?.(path);
          await options.beforeReplace?.();
        },
      }),
  };
});

describe('a save racing another program that writes the same file', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let files: FlowFileHandlers;

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    files = createFlowFileHandlers(new WorkspaceRoot(workspace), steppingClock());
  });
  afterEach(async () => {
    outsideWriter = undefined;
    await remove();
  });

  it('is refused with CONFLICT when the file changes while the save is being written, and the other change survives', async () => {
    const target = join(workspace, 'welcome.flow.json');
    await writeFile(target, flowText('Original'));
    const { revision } = await files['flow:read']({ path: 'welcome.flow.json' });
    outsideWriter = (path) => writeFile(path, flowText('Changed by another program'));

    await expectHostError(files['flow:write']({ path: 'welcome.flow.json', text: flowText('Mine'), baseRevision: revision }), 'CONFLICT');

    expect(await readFile(target, 'utf8')).toBe(flowText('Changed by another program'));
    // The refused save leaves no temporary file behind.
    expect(await readdir(workspace)).toEqual(expect.arrayContaining(['welcome.flow.json']));
    expect((await readdir(workspace)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is refused with CONFLICT when the file is deleted while the save is being written', async () => {
    const target = join(workspace, 'welcome.flow.json');
    await writeFile(target, flowText('Original'));
    const { revision } = await files['flow:read']({ path: 'welcome.flow.json' });
    outsideWriter = (path) => rm(path);

    await expectHostError(files['flow:write']({ path: 'welcome.flow.json', text: flowText('Mine'), baseRevision: revision }), 'CONFLICT');
    expect(await readdir(workspace)).toEqual(['.flowpack']);
  });

  it('never puts a new file over one another program created meanwhile under the same name (EXISTS)', async () => {
    outsideWriter = (path) => writeFile(path, flowText('Theirs'));

    await expectHostError(files['flow:write']({ path: 'new.flow.json', text: flowText('Mine'), baseRevision: null }), 'EXISTS');

    expect(await readFile(join(workspace, 'new.flow.json'), 'utf8')).toBe(flowText('Theirs'));
    expect(await readdir(workspace)).toEqual(['new.flow.json']);
  });

  it('saves as usual when nothing else touches the file', async () => {
    const target = join(workspace, 'welcome.flow.json');
    await writeFile(target, flowText('Original'));
    const { revision } = await files['flow:read']({ path: 'welcome.flow.json' });
    await files['flow:write']({ path: 'welcome.flow.json', text: flowText('Mine'), baseRevision: revision });
    expect(await readFile(target, 'utf8')).toBe(flowText('Mine'));
  });
});
