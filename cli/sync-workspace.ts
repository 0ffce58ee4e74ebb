import { mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { createBindingsStore, createSyncStore } from '../node/services/workspace-state';
import type { SyncStore } from '../node/services/workspace-state';
import type { JsonFileStore } from '../node/services/json-file-store';
import { isFlowFileName } from '../node/services/workspace-listing';
import { WorkspaceRoot } from '../node/services/workspace-root';
import { loadFlow } from '../shared/validation/load-flow';
import { HostError } from '../shared/host/host-error';
import { PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import type { BindingsFile } from '../shared/import/bindings-file';
import type { CatalogSnapshot } from '../shared/import/catalog-snapshot';
import type { ImportDecisions } from '../shared/import/import-decisions';
import { parseJson } from '../shared/json/parse-json';
import type { LocalFlow } from '../shared/sync/compare-with-tenant';
import { pushDecisions } from '../shared/sync/synced-targets';
import { CommandError } from './cli-error';
import { workspaceRoot } from './export-inputs';
import { describeFileError } from './file-errors';
import { findDocuments } from './find-documents';
import { printable } from './printable';
import { readDocumentFile, STDIN_ARGUMENT } from './read-document';
import { DEFAULT_MAX_BYTES } from './commands/validate';

/**
 * A workspace folder as the CLI uses it: its root (the Node layer's, so paths and state files
 * are checked as the app checks them) and its state files. The state files are found through
 * `WorkspaceRoot.statePath` on every use, so a linked `.flowpack/` (or anything in it) is refused,
 * naming the link, before anything is read or written through it.
 */
export interface CliWorkspace {
  folder: string;
  root: WorkspaceRoot;
  /** `.flowpack/sync.json`: what was last synchronised with each tenant. */
  sync: SyncStore;
  /** `.flowpack/bindings.json`: the choices made for each tenant at earlier pushes. */
  bindings: JsonFileStore<BindingsFile>;
  /** Runs `work`, turning a refusal of the Node layer (a linked state folder, a damaged file) into the CLI's one-line error. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** Opens `folder` as a workspace; with `create`, a missing folder is made first (a pull into a new folder). */
export function openWorkspace(folder: string, options: { create?: boolean } = {}): CliWorkspace {
  let root: WorkspaceRoot;
  try {
    if (options.create) mkdirSync(folder, { recursive: true });
    root = new WorkspaceRoot(folder);
  } catch (error) {
    throw new CommandError(`${printable(folder)}: cannot open the folder: ${describeFileError(error)}`);
  }
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HostError) throw new CommandError(`${printable(folder)}: ${error.message}`);
      throw error;
    }
  };
  return { folder, root, sync: createSyncStore(root), bindings: createBindingsStore(root), run };
}

/** The flows under `folder` that load (paths relative to it, with `/`), and one line for each file that does not (left out, never touched). */
export function readLocalFlows(folder: string): { flows: LocalFlow[]; problems: string[] } {
  const flows: LocalFlow[] = [];
  const problems: string[] = [];
  for (const entry of findDocuments(folder, new Set(), isFlowFileName)) {
    const path = relative(folder, entry.path).split(sep).join('/') || entry.path;
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

/**
 * The decisions a push or plan of `flowIds` to the tenant of `catalog` starts from
 * (shared/sync/synced-targets.ts): `given` (--decisions), then the copies the workspace's
 * `.flowpack/sync.json` is synchronised with, then the choices `.flowpack/bindings.json` saved.
 */
export async function workspaceDecisions(workspace: CliWorkspace, catalog: Pick<CatalogSnapshot, 'tenant' | 'flows'>, flowIds: readonly string[], given: ImportDecisions) {
  const [bindings, syncFile] = await workspace.run(() => Promise.all([workspace.bindings.read(), workspace.sync.read()]));
  return pushDecisions({ bindings, syncFile, catalog, flowIds, given });
}

/**
 * The workspace whose `.flowpack/` a push or plan of `paths` reads and writes (sync state, saved
 * choices, reports): the one given; for a pack, the current folder; for flow files, the
 * workspace above the first of them.
 */
export function pushWorkspace(paths: readonly string[], given: string | undefined): string {
  if (given !== undefined) return resolve(given);
  return paths.some((path) => path.endsWith(PACK_FILE_SUFFIX) || path === STDIN_ARGUMENT) ? resolve('.') : resolve(defaultWorkspace(paths[0]!));
}

/** The workspace above the first input (flowpack.workspace.json), else the input folder itself, or the file's folder. */
function defaultWorkspace(input: string): string {
  const start = statSync(input).isDirectory() ? resolve(input) : dirname(resolve(input));
  return workspaceRoot(start) ?? start;
}
