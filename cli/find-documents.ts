import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { SKIPPED_FOLDERS } from '../node/services/workspace-listing';
import { WORKSPACE_FILE_NAME } from '../shared/format/workspace-schema';
import { FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import { describeFileError } from './file-errors';

// Folders never searched are the library's: dependencies, version control, and the workspace's
// local state (never packed, never validated).

const DOCUMENT_SUFFIXES = [FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX];

/** Whether a file name is a flow document (`*.flow.json`) or a pack (`*.flowpack`). */
export function isDocumentFileName(name: string): boolean {
  return DOCUMENT_SUFFIXES.some((suffix) => name.length > suffix.length && name.endsWith(suffix));
}

/** A document file the walk found, or a path it could not use and why (in words for the user). */
export type FoundEntry = { kind: 'file'; path: string } | { kind: 'problem'; path: string; message: string };


/** Whether a file name is one `validate` checks: a flow, a pack, or a workspace's settings file. */
export function isValidatedFileName(name: string): boolean {
  return isDocumentFileName(name) || name === WORKSPACE_FILE_NAME;
}

/**
 * Finds every flow and pack file under `folder` (or every file `wanted` accepts by name),
 * following symbolic links, in a stable order (names sorted at each level).
 *
 * @remarks
 * Each folder is entered once, by its real path: a link back to a folder on the current
 * branch is a loop, reported once at the link and not followed; a second route to a
 * folder already searched (in this walk or an earlier one sharing `visited`) is skipped
 * quietly, so no file is reported twice.
 */
export function findDocuments(folder: string, visited: Set<string>, wanted: (name: string) => boolean = isDocumentFileName): FoundEntry[] {
  const found: FoundEntry[] = [];
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    found.push({ kind: 'problem', path: folder, message: describeFileError(error) });
    return found;
  }
  if (visited.has(real)) return found;
  walk(folder, real, new Set(), visited, found, wanted);
  return found;
}

function walk(folder: string, real: string, ancestors: Set<string>, visited: Set<string>, found: FoundEntry[], wanted: (name: string) => boolean): void {
  visited.add(real);
  ancestors.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    found.push({ kind: 'problem', path: folder, message: `cannot read this folder: ${describeFileError(error)}` });
    entries = [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const kind = entryKind(entry, path);
    if (kind === 'folder') {
      if (!SKIPPED_FOLDERS.has(entry.name)) enterFolder(entry, path, real, ancestors, visited, found, wanted);
    } else if (wanted(entry.name)) {
      // A broken link, FIFO or device named like a document is reported, never opened (it could block or never end).
      if (kind === 'file') found.push({ kind: 'file', path });
      else found.push({ kind: 'problem', path, message: kind === 'other' ? 'not a regular file' : kind.broken });
    }
  }
  ancestors.delete(real);
}

function enterFolder(
  entry: Dirent,
  path: string,
  parentReal: string,
  ancestors: Set<string>,
  visited: Set<string>,
  found: FoundEntry[],
  wanted: (name: string) => boolean,
): void {
  let real = join(parentReal, entry.name);
  if (entry.isSymbolicLink()) {
    try {
      real = realpathSync(path);
    } catch (error) {
      found.push({ kind: 'problem', path, message: describeFileError(error) });
      return;
    }
  }
  if (ancestors.has(real)) {
    found.push({ kind: 'problem', path, message: `folder loop: this symbolic link leads back to ${real}, so it was not followed` });
  } else if (!visited.has(real)) {
    walk(path, real, ancestors, visited, found, wanted);
  }
}

/** What an entry is, following a symbolic link; why not, for a link that leads nowhere. */
function entryKind(entry: Dirent, path: string): 'folder' | 'file' | 'other' | { broken: string } {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    return { broken: describeFileError(error) };
  }
}
