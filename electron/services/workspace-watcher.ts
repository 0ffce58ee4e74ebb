import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { sep } from 'node:path';
import { isWorkspacePath } from '../../shared/host/workspace-paths';
import { isAtomicTempName } from './atomic-write';
import { SKIPPED_FOLDERS, isSkippedFolder } from './workspace-listing';

/** Options of {@link watchWorkspace}. */
export interface WatchOptions {
  /** Quiet time before changes are reported together. Default 100 ms. */
  debounceMs?: number;
  /** Told once when watching fails or stops working (the editor then only sees changes on refresh). */
  onError?: (error: unknown) => void;
}

/**
 * Watches the workspace folder tree and reports changed workspace paths, a burst of changes
 * at a time (an editor saving through a temporary file touches several names in a moment).
 * Changes in `.flowpack/`, dependency and dot-folders, and atomic-write temporary files are
 * not reported; when the system does not say which file changed, the root (`""`) is reported.
 *
 * @returns a function that stops watching.
 */
export function watchWorkspace(folder: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 100;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending = new Set();
    if (paths.length > 0) onChange(paths);
  };

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    watcher?.close();
    watcher = undefined;
  };

  try {
    // Not persistent: watching alone should never keep a process from exiting.
    watcher = watch(folder, { recursive: true, persistent: false }, (_event, filename) => {
      const path = filename === null ? '' : reportablePath(filename.toString());
      if (path === undefined) return;
      pending.add(path);
      timer ??= setTimeout(flush, debounceMs);
    });
    watcher.on('error', (error) => {
      stop();
      options.onError?.(error);
    });
  } catch (error) {
    options.onError?.(error);
  }
  return stop;
}

/** The workspace path of a changed name relative to the root, or undefined when it is not the library's business. */
function reportablePath(relativeName: string): string | undefined {
  const segments = relativeName.split(sep).join('/').split('/').filter((segment) => segment !== '');
  const last = segments[segments.length - 1];
  if (last === undefined) return '';
  if (segments.slice(0, -1).some(isSkippedFolder) || isAtomicTempName(last)) return undefined;
  // ".git" or "node_modules" appearing is not the library's business either; a dot-file may be a flow, so it is reported.
  if (SKIPPED_FOLDERS.has(last)) return undefined;
  const path = segments.join('/');
  // A name the contract could not carry (too long) still means something changed: report the root instead.
  return isWorkspacePath(path) ? (path.length <= 1024 ? path : '') : undefined;
}
