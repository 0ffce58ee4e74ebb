import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './host-fs-errors';

/**
 * Temporary files of {@link writeFileAtomic}: `.<target name>.flowpack-<pid>-<12 hex>.tmp`, hidden
 * and never named like a flow, so no listing shows them. The id of the writing process lets a
 * later one tell a save in progress from one whose process was killed. Earlier versions wrote
 * the name without the process id; those are still recognised.
 */
const TEMP_NAME = /^\..+\.flowpack-(?:(\d+)-)?[0-9a-f]{12}\.tmp$/;

/** What a temporary file's name says: the id of the process that wrote it, when the name has one. */
export interface AtomicTempName {
  pid: number | undefined;
}

/** The parts of one of {@link writeFileAtomic}'s temporary file names, or undefined for any other name. */
export function parseAtomicTempName(name: string): AtomicTempName | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? { pid: match[1] === undefined ? undefined : Number(match[1]) } : undefined;
}

/** Whether a file name is one of {@link writeFileAtomic}'s temporary files (the watcher ignores them). */
export function isAtomicTempName(name: string): boolean {
  return parseAtomicTempName(name) !== undefined;
}

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /**
   * The new file's permission bits (e.g. 0o600 for a file only its owner may read); without it
   * a replaced file keeps its own, so a save never makes a private file readable by others.
   */
  mode?: number | undefined;
  /**
   * Never over an existing file: the write fails with EEXIST when `path` exists, decided in
   * the same step that puts the file in place (so two writers can never both create it).
   */
  exclusive?: boolean | undefined;
  /** Whether missing parent folders are created. Default true. */
  createFolders?: boolean | undefined;
  /**
   * Runs when the new content is on disk in the temporary file, immediately before it takes
   * the target's place; what it throws stops the write with the target untouched. A check that
   * the target did not change since it was read belongs here: any earlier and a change made
   * while the temporary file was being written would be overwritten unseen.
   */
  beforeReplace?: (() => Promise<void>) | undefined;
}

/**
 * Replaces `path` with `data` so that a crash or power loss leaves either the old content or
 * the new, never a mix: the data goes to a temporary file in the same folder, is flushed to
 * disk (fsync), and is renamed over the target (or, when `exclusive`, linked to it, which
 * fails if it exists); then the folder itself is flushed where the platform allows it, so the
 * rename survives a power loss too. Every write of the app and of the CLI goes through here.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  if (options.createFolders !== false) await mkdir(folder, { recursive: true });
  const mode = options.mode ?? (options.exclusive ? undefined : await modeOf(path));
  const temp = join(folder, `.${basename(path)}.flowpack-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await createFile(temp, data, mode);
    await options.beforeReplace?.();
    if (options.exclusive) await linkInPlace(temp, path, data, mode);
    else await rename(temp, path);
  } finally {
    // After a rename there is nothing left to remove; after a link or a failure, the temporary name goes.
    await rm(temp, { force: true });
  }
  await syncFolder(folder);
}

/**
 * Gives the finished temporary file its final name unless that name is taken: a hard link
 * fails with EEXIST in the same step. A file system without hard links (FAT, some network
 * shares) gets the file created in place instead, still never over an existing one.
 */
async function linkInPlace(temp: string, path: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    await createFile(path, data, mode);
  }
}

/**
 * Creates `path` (never over an existing file) holding `data`, flushed to disk, with exactly
 * `mode` when given (else the usual permissions).
 */
export async function createFile(path: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  // Owner-only until its mode is set, so the content is never readable by more people than the final file's.
  const handle = await open(path, 'wx', mode === undefined ? undefined : 0o600);
  try {
    // Set after creation: the mode given to open() is narrowed by the umask, which would turn 0664 into 0644.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
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

/** The permission bits of an existing file, or undefined when there is none (a new file gets the usual ones). */
export async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}
