import type { Dirent } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAtomicTempName } from './atomic-write';
import { errorCode } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';

/**
 * How long a temporary file may sit untouched before it is taken for an orphan even when the
 * process its name gives is running: far longer than any save takes (a document is 50 MB at
 * most), so such a process is not the writer but a later one that was given the same id.
 */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/** Folders that hold no saves of ours and may be huge. */
const NOT_SEARCHED: ReadonlySet<string> = new Set(['node_modules', '.git']);

/**
 * Removes the temporary files that saves killed midway left in the workspace (a killed save
 * of a large flow leaves its whole size behind, for ever), and returns their workspace paths.
 *
 * @remarks
 * Only files named exactly as the atomic writer names its temporaries, and only regular
 * files (never a link or a folder) are removed, when either
 * - the process id in the name is not running: its save can never finish; or
 * - the file has not changed for {@link ORPHAN_AGE_MS}: no save takes that long (this also
 *   covers names written without a process id, and an id since reused by another process).
 * So a save still in progress, in this process (another window) or another one, is left alone.
 * The search follows no link and skips `node_modules` and `.git`; `.flowpack/` is searched,
 * since the recovery journal and sync state are written the same way. It is best-effort:
 * what cannot be read or removed is left as it is.
 */
export async function removeOrphanedTemps(root: WorkspaceRoot, now: Date = new Date()): Promise<string[]> {
  const removed: string[] = [];
  const folders = [root.real];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of await entriesOf(folder)) {
      const path = join(folder, entry.name);
      // A Dirent describes the entry itself: a link is neither a directory nor a file here, so it is never followed.
      if (entry.isDirectory()) {
        if (!NOT_SEARCHED.has(entry.name)) folders.push(path);
      } else if (entry.isFile() && (await isOrphan(path, entry.name, now)) && (await tryRemove(path))) {
        removed.push(root.relativePath(path));
      }
    }
  }
  return removed;
}

async function entriesOf(folder: string): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function isOrphan(path: string, name: string, now: Date): Promise<boolean> {
  const temp = parseAtomicTempName(name);
  if (temp === undefined) return false;
  if (temp.pid !== undefined && !isRunning(temp.pid)) return true;
  try {
    const stats = await lstat(path);
    return stats.isFile() && now.getTime() - stats.mtimeMs > ORPHAN_AGE_MS;
  } catch {
    return false;
  }
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return errorCode(error) !== 'ESRCH';
  }
}

async function tryRemove(path: string): Promise<boolean> {
  try {
    await rm(path);
    return true;
  } catch {
    return false;
  }
}
