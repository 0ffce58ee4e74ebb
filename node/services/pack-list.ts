import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_LISTED_PACKS, MAX_PACK_BYTES } from '../../shared/host/pack-calls';
import type { WorkspacePack } from '../../shared/host/pack-calls';
import { PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { parseJson } from '../../shared/json/parse-json';
import { loadPack } from '../../shared/pack/load-pack';
import { toHostError } from './host-fs-errors';
import { mapLimited } from './map-limited';
import { isSkippedFolder } from './workspace-listing';
import type { WorkspaceRoot } from './workspace-root';

/** Packs read at once: a pack can be 10 MB, so fewer than the library's flow files. */
const READ_CONCURRENCY = 4;

/**
 * The pack files of the workspace, newest first, each with what its manifest says, so the
 * Import dialog offers the packs export wrote without asking for the file again. A file that
 * is not a pack this version reads is listed with why, not left out: the user sees it is there.
 *
 * @remarks
 * Walks as the library does: the state folder, dot-folders, `node_modules` and symbolic links
 * are skipped, so nothing outside the workspace is read.
 */
export async function listWorkspacePacks(root: WorkspaceRoot): Promise<{ packs: WorkspacePack[]; more: boolean }> {
  const found: { path: string; absolute: string; modified: number }[] = [];
  await collect(root.real, '', found);
  const read = await mapLimited(found, READ_CONCURRENCY, async (file) => ({ pack: await describePackFile(file.absolute, file.path), modified: file.modified }));
  // Newest first by the time the pack says it was made; an unreadable one by its file's time.
  const time = (entry: (typeof read)[number]) => (entry.pack.createdAt !== null ? Date.parse(entry.pack.createdAt) : entry.modified) || entry.modified;
  read.sort((a, b) => time(b) - time(a) || (a.pack.path < b.pack.path ? -1 : 1));
  return { packs: read.slice(0, MAX_LISTED_PACKS).map((entry) => entry.pack), more: read.length > MAX_LISTED_PACKS };
}

async function collect(folder: string, prefix: string, out: { path: string; absolute: string; modified: number }[]): Promise<void> {
  let dirents;
  try {
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    // The root must be readable; a sub-folder that is not is passed over, as the library does.
    if (prefix === '') throw toHostError(error, 'cannot read the workspace folder');
    return;
  }
  for (const dirent of dirents) {
    const absolute = join(folder, dirent.name);
    if (dirent.isDirectory() && !isSkippedFolder(dirent.name)) await collect(absolute, `${prefix}${dirent.name}/`, out);
    else if (dirent.isFile() && dirent.name.endsWith(PACK_FILE_SUFFIX) && dirent.name.length > PACK_FILE_SUFFIX.length) {
      const modified = await stat(absolute).then((info) => info.mtimeMs, () => 0);
      out.push({ path: prefix + dirent.name, absolute, modified });
    }
  }
}

/** One pack file as the list shows it; never throws: a problem is part of the answer. */
async function describePackFile(absolute: string, path: string): Promise<WorkspacePack> {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const unreadable = (problem: string): WorkspacePack => ({ path, name: fileName, createdAt: null, flows: [], problem });
  try {
    const info = await stat(absolute);
    if (info.size > MAX_PACK_BYTES) return unreadable(`larger than the ${MAX_PACK_BYTES / 1024 / 1024} MB a pack may have`);
    const parsed = parseJson(await readFile(absolute));
    if (!parsed.ok) return unreadable(`not a pack: ${parsed.message}`);
    const loaded = loadPack(parsed.value);
    if (!loaded.pack) return unreadable(`not a pack this version can read${loaded.diagnostics[0] ? `: ${loaded.diagnostics[0].message}` : ''}`);
    const { manifest } = loaded.pack;
    const flows = loaded.pack.flows.map((flow) => (typeof flow.name === 'string' ? flow.name : ''));
    return { path, name: manifest.name, createdAt: manifest.createdAt, flows, problem: null };
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
}
