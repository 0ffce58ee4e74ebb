import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadFlow } from '../shared/format/load-flow';
import { parseJson } from '../shared/json/parse-json';
import type { LocalFlow } from '../shared/sync/compare-with-tenant';
import { emptySyncFile, syncFileSchema } from '../shared/sync/sync-file';
import type { SyncFile } from '../shared/sync/sync-file';
import { CommandError } from './cli-error';
import { describeFileError, hasErrorCode } from './file-errors';
import { findDocuments } from './find-documents';
import { printable } from './printable';
import { readDocumentFile } from './read-document';
import { DEFAULT_MAX_BYTES } from './commands/validate';

const isFlowFile = (name: string) => name.length > '.flow.json'.length && name.endsWith('.flow.json');

/** `.flowpack/sync.json` of a workspace folder. */
export const syncFilePath = (folder: string) => join(folder, '.flowpack', 'sync.json');

/** The flows under `folder` that load, and one line for each file that does not (it is left out, never touched). */
export function readLocalFlows(folder: string): { flows: LocalFlow[]; problems: string[] } {
  const flows: LocalFlow[] = [];
  const problems: string[] = [];
  for (const entry of findDocuments(folder, new Set(), isFlowFile)) {
    const path = relative(folder, entry.path) || entry.path;
    if (entry.kind === 'problem') {
      problems.push(`${printable(path)}: ${entry.message}`);
      continue;
    }
    const read = readDocumentFile(entry.path, DEFAULT_MAX_BYTES);
    const parsed = read.ok ? parseJson(read.bytes) : undefined;
    const flow = parsed?.ok ? loadFlow(parsed.value).flow : undefined;
    if (flow) flows.push({ path, flow });
    else problems.push(`${printable(path)}: ${read.ok ? 'not a flow this version can read' : read.message}`);
  }
  return { flows, problems };
}

/** The folder's sync bindings; none when there is no sync file yet. A damaged one stops the command rather than being replaced. */
export function readSyncFile(folder: string): SyncFile {
  const path = syncFilePath(folder);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return emptySyncFile();
    throw new CommandError(`${printable(path)}: cannot read: ${describeFileError(error)}`);
  }
  const parsed = parseJson(text);
  const checked = parsed.ok ? syncFileSchema.safeParse(parsed.value) : undefined;
  if (!checked?.success) throw new CommandError(`${printable(path)}: damaged; fix or remove it (it only remembers what was last synchronised)`);
  return checked.data;
}

/** Replaces a file whole (temporary file, then rename), so an interruption never leaves half of it. */
export function writeFileWhole(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CommandError(`${printable(path)}: cannot write: ${describeFileError(error)}`);
  }
}

export function writeSyncFile(folder: string, file: SyncFile): void {
  mkdirSync(join(folder, '.flowpack'), { recursive: true });
  writeFileWhole(syncFilePath(folder), `${JSON.stringify(file, null, 2)}\n`);
}
