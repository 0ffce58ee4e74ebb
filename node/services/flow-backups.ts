import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createFile } from './atomic-write';
import { FLOW_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { fileTimestamp } from './file-timestamp';
import { errorCode } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';

/** How many earlier versions of each flow file are kept. */
export const BACKUPS_KEPT = 10;

/** `<timestamp>.flow.json`, or `<timestamp>~<n>.flow.json` for a second save within the same millisecond. */
const BACKUP_NAME = /^(.+?)(?:~(\d+))?\.flow\.json$/;

/** The content a save is about to replace, and the file's permission bits (undefined: the usual ones). */
export interface ReplacedFile {
  bytes: Uint8Array;
  mode: number | undefined;
}

/**
 * Keeps the content a save is about to replace as
 * `.flowpack/backups/<path>/<timestamp>.flow.json`, with the file's mode (a private flow's
 * backup is as private), then deletes all but the newest {@link BACKUPS_KEPT} backups of that file.
 */
export async function keepBackup(root: WorkspaceRoot, path: string, replaced: ReplacedFile, now: Date): Promise<void> {
  const folder = await backupFolder(root, path);
  await mkdir(folder, { recursive: true });
  const stamp = fileTimestamp(now);
  for (let attempt = 0; ; attempt++) {
    const name = `${stamp}${attempt === 0 ? '' : `~${attempt}`}${FLOW_FILE_SUFFIX}`;
    try {
      await createFile(join(folder, name), replaced.bytes, replaced.mode);
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  await rotate(folder);
}

/** The backups of one flow file, oldest first (names only). */
export async function listBackups(root: WorkspaceRoot, path: string): Promise<string[]> {
  try {
    return sortByAge(await readdir(await backupFolder(root, path)));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

function backupFolder(root: WorkspaceRoot, path: string): Promise<string> {
  return root.statePath('backups', ...path.split('/'));
}

async function rotate(folder: string): Promise<void> {
  const backups = sortByAge(await readdir(folder));
  const excess = backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT));
  await Promise.all(excess.map((name) => rm(join(folder, name), { force: true })));
}

/** Backup names by time, then by their same-millisecond counter; anything else in the folder is left alone. */
function sortByAge(names: string[]): string[] {
  const parsed = names.flatMap((name) => {
    const match = BACKUP_NAME.exec(name);
    return match ? [{ name, stamp: match[1]!, counter: Number(match[2] ?? 0) }] : [];
  });
  parsed.sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.counter - b.counter));
  return parsed.map((entry) => entry.name);
}
