import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import type { FSWatcher } from 'chokidar';
import { isWorkspacePath } from '../../shared/host/workspace-paths';
import { isAtomicTempName } from './atomic-write';
import { SKIPPED_FOLDERS, isSkippedFolder } from './workspace-listing';

/** Options of {@link watchWorkspace}. */
export interface WatchOptions {
  /** Quiet time before changes are reported together. Default 100 ms. */
  debounceMs?: number;
  /** Told once when watching fails or stops working (the editor then only sees changes on refresh). */
  onError?: (error: unknown) => void;
  /**
   * Told once the first scan is done and every folder is watched. Changes before then may be
   * missed, so a caller that must not miss any (a test, a listing) waits for this.
   */
  onReady?: () => void;
}

/**
 * Watches the workspace folder tree and reports changed workspace paths, a burst of changes
 * at a time (an editor saving through a temporary file touches several names in a moment).
 * Changes in `.flowpack/`, dependency and dot-folders, and atomic-write temporary files are
 * not reported; when a changed name cannot be carried as a workspace path, the root (`""`) is reported.
 *
 * @remarks
 * Built on chokidar rather than `fs.watch(folder, { recursive: true })`: on Linux, Node 20
 * watches each file by its inode and keeps watching the old one after a file is replaced by a
 * rename, so outside edits after the editor's first (atomic) save went unseen. Watching starts
 * with a scan of the tree that completes in the background (see {@link WatchOptions.onReady}).
 * Symbolic links are not followed, so nothing outside the workspace is watched.
 *
 * @returns a function that stops watching at once (closing finishes in the background).
 */
export function watchWorkspace(folder: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 100;
  const root = resolve(folder);
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let failed = false;

  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending = new Set();
    if (paths.length > 0) onChange(paths);
  };

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const closing = watcher;
    watcher = undefined;
    if (!closing) return;
    // close() drops every listener at once and settles later. A scan still in flight may yet
    // emit 'error', which with no listener would be thrown; and the promise must not go unhandled.
    closing.on('error', () => {});
    closing.close().catch(() => {});
  };

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    stop();
    options.onError?.(error);
  };

  try {
    // chokidar waits quietly for a missing folder to appear (watching its parent); a workspace
    // that is not there is a failure to tell, as it was with fs.watch.
    if (!statSync(root).isDirectory()) throw new Error(`not a folder: ${root}`);
    watcher = watch(root, {
      // Not persistent: watching alone should never keep a process from exiting.
      persistent: false,
      ignoreInitial: true,
      // Another editor's save (delete, then write anew) is one change, not a removal and an addition.
      atomic: true,
      followSymlinks: false,
      // An unreadable sub-folder is listed empty; it should not stop watching the rest either.
      ignorePermissionErrors: true,
      ignored: (path, stats) => isIgnored(relative(root, path), stats),
    });
    watcher.on('all', (_event, path) => {
      const reported = reportablePath(relative(root, path));
      if (reported === undefined) return;
      pending.add(reported);
      timer ??= setTimeout(flush, debounceMs);
    });
    watcher.on('error', fail);
    watcher.on('ready', () => options.onReady?.());
  } catch (error) {
    fail(error);
  }
  return stop;
}

/** The segments of a name relative to the root, whatever the platform's separator. */
function segmentsOf(relativeName: string): string[] {
  return relativeName.split(sep).join('/').split('/').filter((segment) => segment !== '');
}

/**
 * Whether a name relative to the root is none of the library's business, so is neither watched
 * nor reported. `stats` is known only for some of chokidar's questions; without it a dot-name
 * may be a file (a dot-file may be a flow), so only the named skipped folders are excluded.
 */
function isIgnored(relativeName: string, stats?: Stats): boolean {
  const segments = segmentsOf(relativeName);
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  if (segments.slice(0, -1).some(isSkippedFolder)) return true;
  if (SKIPPED_FOLDERS.has(last) || isAtomicTempName(last)) return true;
  return stats?.isDirectory() === true && isSkippedFolder(last);
}

/** The workspace path of a changed name relative to the root, or undefined when it is not the library's business. */
function reportablePath(relativeName: string): string | undefined {
  if (isIgnored(relativeName)) return undefined;
  const path = segmentsOf(relativeName).join('/');
  // A name the contract could not carry (too long) still means something changed: report the root instead.
  return isWorkspacePath(path) ? (path.length <= 1024 ? path : '') : undefined;
}
