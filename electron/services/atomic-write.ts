import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './host-fs-errors';

/** Temporary files of {@link writeFileAtomic}: hidden, and never named like a flow, so no listing shows them. */
const TEMP_SUFFIX = '.tmp';

/** Whether a file name is one of {@link writeFileAtomic}'s temporary files (the watcher ignores them). */
export function isAtomicTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX) && name.includes('.flowpack-');
}

/**
 * Replaces `path` with `data` so that a crash or power loss leaves either the old content or
 * the new, never a mix: the data goes to a temporary file in the same folder, is flushed to
 * disk (fsync), and is renamed over the target; then the folder itself is flushed where the
 * platform allows it, so the rename survives a power loss too. Missing parent folders are created.
 * `mode` sets the new file's permissions (e.g. 0o600 for a file only its owner may read).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.flowpack-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx', options.mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Flushes a folder's entries to disk. Windows cannot open folders for this; there the rename is as durable as it gets. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}
