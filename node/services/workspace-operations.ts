import { cp, lstat, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { fileTimestamp } from './file-timestamp';
import { errorCode, toHostError } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';
import { pathExists } from './path-exists';

/** The library's changes to the folder tree. */
export type WorkspaceOperationHandlers = Pick<HostHandlers, 'workspace:createFolder' | 'workspace:move' | 'workspace:trash'>;

/**
 * Creating folders, moving (renaming) files and folders, and deleting to the trash. Nothing
 * is ever overwritten (EXISTS) and nothing is ever deleted: trash moves things to
 * `.flowpack/trash/<timestamp>/<original path>`, from where a person can take them back.
 */
export function createWorkspaceOperationHandlers(root: WorkspaceRoot, clock: () => Date): WorkspaceOperationHandlers {
  return {
    async 'workspace:createFolder'({ path }) {
      const absolute = await root.resolve(path);
      if (await pathExists(absolute)) throw new HostError('EXISTS', `"${path}" already exists`);
      try {
        await mkdir(absolute, { recursive: true });
      } catch (error) {
        throw toHostError(error, `cannot create the folder "${path}"`);
      }
      return {};
    },

    async 'workspace:move'({ from, to }) {
      if (from === to) return {};
      if (to.startsWith(`${from}/`)) throw new HostError('INVALID_ARGS', `"${from}" cannot be moved into itself`);
      const source = await root.resolve(from);
      const target = await root.resolve(to);
      if (!(await pathExists(source))) throw new HostError('NOT_FOUND', `"${from}" does not exist`);
      // On a case-insensitive disk, renaming "a" to "A" finds "A" present: it is the same entry, not another one.
      if ((await pathExists(target)) && !(await sameEntry(source, target))) throw new HostError('EXISTS', `"${to}" already exists`);
      try {
        await mkdir(dirname(target), { recursive: true });
        await rename(source, target);
      } catch (error) {
        throw toHostError(error, `cannot move "${from}" to "${to}"`);
      }
      return {};
    },

    async 'workspace:trash'({ paths }) {
      const unique = [...new Set(paths)];
      // Trashing a folder takes its contents along; trashing them again would find them gone.
      const outermost = unique.filter((path) => !unique.some((other) => other !== path && path.startsWith(`${other}/`)));
      const sources: { path: string; absolute: string }[] = [];
      for (const path of outermost) {
        const absolute = await root.resolve(path);
        if (!(await pathExists(absolute))) throw new HostError('NOT_FOUND', `"${path}" does not exist`);
        sources.push({ path, absolute });
      }
      try {
        const batch = await newBatchFolder(root, clock());
        for (const { path, absolute } of sources) await moveAcrossDisks(absolute, join(batch, ...path.split('/')));
      } catch (error) {
        throw toHostError(error, 'cannot move to the trash');
      }
      return {};
    },
  };
}

/** `.flowpack/trash/<timestamp>`, made unique when two deletions happen within one millisecond. */
async function newBatchFolder(root: WorkspaceRoot, now: Date): Promise<string> {
  const stamp = fileTimestamp(now);
  for (let attempt = 0; ; attempt++) {
    const folder = await root.statePath('trash', attempt === 0 ? stamp : `${stamp}~${attempt}`);
    try {
      await mkdir(dirname(folder), { recursive: true });
      await mkdir(folder);
      return folder;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

/** Renames, or copies then removes when the source is on another disk (a mounted sub-folder). */
async function moveAcrossDisks(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  try {
    await rename(source, target);
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw error;
    await cp(source, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    await rm(source, { recursive: true });
  }
}


/** Whether two paths name the very same entry on disk (same device and inode). */
async function sameEntry(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([lstat(a), lstat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
