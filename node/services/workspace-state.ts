import { bindingsFileSchema, emptyBindingsFile } from '../../shared/import/bindings-file';
import type { BindingsFile } from '../../shared/import/bindings-file';
import { emptySyncFile, syncFileSchema } from '../../shared/sync/sync-file';
import type { SyncFile } from '../../shared/sync/sync-file';
import { createJsonFileStore } from './json-file-store';
import type { JsonFileStore } from './json-file-store';
import type { WorkspaceRoot } from './workspace-root';

// The workspace's own state files, for the app and the CLI alike: found through
// WorkspaceRoot.statePath on every use (so a linked `.flowpack/` is refused, naming the link,
// before anything is read or written) and replaced whole by the atomic writer.

/** The state files' names inside the workspace's `.flowpack/`. */
export const SYNC_STATE_FILE = 'sync.json';
export const BINDINGS_FILE = 'bindings.json';

/** The workspace's `.flowpack/sync.json`: what was last synchronised with each tenant. */
export type SyncStore = JsonFileStore<SyncFile>;

/** One store per workspace, so every update of the file (pull, keep mine, push) goes through one lock. */
export function createSyncStore(root: WorkspaceRoot): SyncStore {
  return createJsonFileStore({ file: () => root.statePath(SYNC_STATE_FILE), schema: syncFileSchema, empty: emptySyncFile, what: 'sync state' });
}

/** The workspace's `.flowpack/bindings.json`: the choices made for each tenant at earlier pushes. */
export function createBindingsStore(root: WorkspaceRoot): JsonFileStore<BindingsFile> {
  return createJsonFileStore({ file: () => root.statePath(BINDINGS_FILE), schema: bindingsFileSchema, empty: emptyBindingsFile, what: 'tenant bindings' });
}
