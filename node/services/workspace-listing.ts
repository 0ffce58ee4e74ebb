import { readdir, realpath } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { WorkspaceEntry } from '../../shared/host/contract';
import { FLOW_FILE_SUFFIX, STATE_FOLDER } from '../../shared/host/workspace-paths';
import { toHostError } from './host-fs-errors';
import { mapLimited } from './map-limited';
import type { SummaryCache } from './summary-cache';
import type { WorkspaceRoot } from './workspace-root';

/** Folders the library never shows: the workspace's state, dependencies and version control (and any dot-folder). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([STATE_FOLDER, 'node_modules', '.git']);

/** Files summarised at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const READ_CONCURRENCY = 16;

/** Whether the library skips a folder of this name, wherever it is. */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

/** Whether a file name is a flow file (`*.flow.json`, with something before the suffix). */
export function isFlowFileName(name: string): boolean {
  return name.length > FLOW_FILE_SUFFIX.length && name.endsWith(FLOW_FILE_SUFFIX);
}

/**
 * Every folder and flow file of the workspace, depth first, folders before files, each
 * group by name (case-insensitively, then exactly), each flow with its summary.
 *
 * @remarks
 * Symbolic links to folders are not followed: they could loop, list a folder twice, or
 * lead outside the workspace. A link to a flow file is listed when the file it leads to is
 * inside the workspace. A sub-folder that cannot be read is listed empty.
 */
export async function listWorkspace(root: WorkspaceRoot, summaries: SummaryCache): Promise<WorkspaceEntry[]> {
  const entries: WorkspaceEntry[] = [];
  const seenFiles = new Set<string>();
  let rootEntries: Dirent[];
  try {
    rootEntries = await readdir(root.real, { withFileTypes: true });
  } catch (error) {
    throw toHostError(error, 'cannot read the workspace folder');
  }
  await walk(root, summaries, root.real, '', rootEntries, entries, seenFiles);
  summaries.retainOnly(seenFiles);
  return entries;
}

async function walk(
  root: WorkspaceRoot,
  summaries: SummaryCache,
  folder: string,
  prefix: string,
  dirents: Dirent[],
  out: WorkspaceEntry[],
  seenFiles: Set<string>,
): Promise<void> {
  const folders: string[] = [];
  const files: string[] = [];
  for (const dirent of dirents) {
    if (dirent.isDirectory()) {
      if (!isSkippedFolder(dirent.name)) folders.push(dirent.name);
    } else if (isFlowFileName(dirent.name)) {
      if (dirent.isFile() || (dirent.isSymbolicLink() && (await leadsInside(root, join(folder, dirent.name))))) files.push(dirent.name);
    }
  }
  folders.sort(byName);
  files.sort(byName);
  for (const name of folders) {
    const absolute = join(folder, name);
    out.push({ kind: 'folder', path: prefix + name });
    let children: Dirent[] = [];
    try {
      children = await readdir(absolute, { withFileTypes: true });
    } catch {
      // Listed without contents: one unreadable folder should not hide the rest of the workspace.
    }
    await walk(root, summaries, absolute, `${prefix}${name}/`, children, out, seenFiles);
  }
  const flows = await mapLimited(files, READ_CONCURRENCY, async (name) => {
    const absolute = join(folder, name);
    seenFiles.add(absolute);
    const path = prefix + name;
    return { kind: 'flow' as const, path, summary: await summaries.summaryOf(absolute, path) };
  });
  out.push(...flows);
}

async function leadsInside(root: WorkspaceRoot, absolute: string): Promise<boolean> {
  try {
    const real = await realpath(absolute);
    return real.startsWith(root.real + sep) && !real.startsWith(root.real + sep + STATE_FOLDER + sep);
  } catch {
    return false;
  }
}

/** By name as people read it (case-insensitive), then exactly, so the order is always the same. */
function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
