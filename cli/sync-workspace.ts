import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { loadFlow } from '../shared/format/load-flow';
import { bindingsFileSchema, emptyBindingsFile } from '../shared/import/bindings-file';
import type { BindingsFile } from '../shared/import/bindings-file';
import type { CatalogSnapshot } from '../shared/import/catalog-snapshot';
import type { ImportDecisions } from '../shared/import/import-decisions';
import { parseJson } from '../shared/json/parse-json';
import type { LocalFlow } from '../shared/sync/compare-with-tenant';
import { emptySyncFile, syncFileSchema } from '../shared/sync/sync-file';
import { pushDecisions } from '../shared/sync/synced-targets';
import type { SyncFile } from '../shared/sync/sync-file';
import { CommandError } from './cli-error';
import { workspaceRoot } from './export-inputs';
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
  return readStateFile(syncFilePath(folder), syncFileSchema, emptySyncFile, 'it only remembers what was last synchronised');
}

/** `.flowpack/bindings.json` of a workspace folder: the choices made for each tenant at earlier pushes. */
const bindingsFilePath = (folder: string) => join(folder, '.flowpack', 'bindings.json');

/** The folder's saved choices per tenant; none when there is no file yet. A damaged one stops the command rather than being replaced. */
export function readBindingsFile(folder: string): BindingsFile {
  return readStateFile(bindingsFilePath(folder), bindingsFileSchema, emptyBindingsFile, 'it only remembers the choices made at earlier pushes');
}

/**
 * The decisions a push or plan of `flowIds` to the tenant of `catalog` starts from
 * (shared/sync/synced-targets.ts): `given` (--decisions), then the copies the workspace's
 * `.flowpack/sync.json` is synchronised with, then the choices `.flowpack/bindings.json` saved.
 */
export function workspaceDecisions(workspace: string, catalog: Pick<CatalogSnapshot, 'tenant' | 'flows'>, flowIds: readonly string[], given: ImportDecisions) {
  return pushDecisions({ bindings: readBindingsFile(workspace), syncFile: readSyncFile(workspace), catalog, flowIds, given });
}

export function writeBindingsFile(folder: string, file: BindingsFile): void {
  mkdirSync(join(folder, '.flowpack'), { recursive: true });
  writeFileWhole(bindingsFilePath(folder), `${JSON.stringify(file, null, 2)}\n`);
}

function readStateFile<S extends z.ZodType>(path: string, schema: S, empty: () => z.output<S>, holds: string): z.output<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return empty();
    throw new CommandError(`${printable(path)}: cannot read: ${describeFileError(error)}`);
  }
  const parsed = parseJson(text);
  const checked = parsed.ok ? schema.safeParse(parsed.value) : undefined;
  if (!checked?.success) throw new CommandError(`${printable(path)}: damaged; fix or remove it (${holds})`);
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

/**
 * The workspace whose `.flowpack/` a push or plan of `paths` reads and writes (sync state, saved
 * choices, reports): the one given; for a pack, the current folder; for flow files, the
 * workspace above the first of them.
 */
export function pushWorkspace(paths: readonly string[], given: string | undefined): string {
  if (given !== undefined) return resolve(given);
  return paths.some((path) => path.endsWith('.flowpack')) ? resolve('.') : resolve(defaultWorkspace(paths[0]!));
}

/** The workspace above the first input (flowpack.workspace.json), else the input folder itself, or the file's folder. */
function defaultWorkspace(input: string): string {
  const start = statSync(input).isDirectory() ? resolve(input) : dirname(resolve(input));
  return workspaceRoot(start) ?? start;
}
