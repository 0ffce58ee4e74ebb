import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { HOST_CALLS } from '../../shared/host/contract';
import type { HostCallName, HostEventName, HostEvent, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import type { WorkspaceHandlerOptions } from '../../node/services/workspace-handlers';
import { isOpenableFileName } from './launch-arguments';
import { findWorkspaceRoot, workspacePathOf } from './workspace-location';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import type { ChooseSavePath } from '../../node/services/save-dialogs';
import type { SecretBox } from '../../node/services/secret-box';
import { createSupportFolderHandlers } from '../../node/services/support-folders';
import type { BuiltinTemplates } from '../../shared/templates/template';

/** The calls the desktop answers itself; every other call goes to the workspace handlers. */
export const DESKTOP_OWN_CALLS = ['app:info', 'workspace:choose', 'shell:openExternal', 'shell:showInFolder', 'support:openFolder'] as const satisfies readonly HostCallName[];
export type DesktopOwnCall = (typeof DESKTOP_OWN_CALLS)[number];
type WorkspaceCall = Exclude<HostCallName, DesktopOwnCall>;

/** One opened workspace's handlers, as node/services/workspace-handlers.ts makes them. */
export interface WorkspaceHandlerSet {
  handlers: Pick<HostHandlers, WorkspaceCall>;
  close(): void | Promise<void>;
}

/** The signature of `createWorkspaceHandlers`, injected so this module is tested without the services. */
export type WorkspaceHandlersFactory = (options: WorkspaceHandlerOptions) => WorkspaceHandlerSet | Promise<WorkspaceHandlerSet>;

/** What the desktop's own calls need of the operating system; main implements it with Electron. */
export interface NativeShell {
  appVersion: string;
  locale(): string;
  /** Asks for a folder with the native dialog; null when cancelled. */
  chooseFolder(options: { defaultPath: string }): Promise<string | null>;
  /** Asks for flow or pack files with the native dialog; empty when cancelled. */
  chooseFiles(options: { defaultPath: string }): Promise<string[]>;
  /** Asks where to save a flow or a pack with the native dialog; null when cancelled. */
  chooseSavePath: ChooseSavePath;
  /** Asks with a native dialog whether to open an address in the browser. */
  confirmOpenExternal(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  /** Shows a file selected in the system's file manager (Finder, Explorer). */
  showItemInFolder(path: string): void;
  /** Opens a folder in the system's file manager; rejects when the system could not. */
  openFolder(path: string): Promise<void>;
  /** Adds a file or folder to the OS's recent documents (Dock, Jump List). */
  addRecentDocument(path: string): void;
}

export interface DesktopHostOptions {
  root: string;
  appDataDir: string;
  builtinTemplates: BuiltinTemplates;
  native: NativeShell;
  /** Sends an event to the renderer. */
  emit: <K extends HostEventName>(name: K, payload: HostEvent<K>) => void;
  createWorkspaceHandlers: WorkspaceHandlersFactory;
  /** Stores the workspace for the next start; a failure only costs that convenience. */
  rememberWorkspace(root: string): Promise<void>;
  /** Told when watching a workspace folder fails (its changes are then seen only on refresh). */
  onWatchError?: (error: unknown) => void;
  now?: () => number;
  /** Seals tenant tokens with the OS keychain (safeStorage). */
  secretBox?: SecretBox;
  /** Tenant requests through Electron's network stack (the system proxy and certificates), in the tenant session (session-policy.ts). */
  tenantFetch?: TenantFetch;
  /** The Help menu's folders: the documentation that ships with the app and the support log's folder. */
  supportFolders: { documentationDir: string; logsDir: string };
}

/** The desktop app's host: the contract's handlers over whichever workspace is open. */
export interface DesktopHost {
  /** Stable for the app's life; calls go to the workspace open at the time of the call. */
  readonly handlers: HostHandlers;
  root(): string;
  /** Opens files or folders the OS handed over (second launch, file association, recent documents). */
  openPaths(paths: readonly string[]): Promise<void>;
  /** The Open File menu item: the native dialog, then {@link DesktopHost.openPaths} with the choice. */
  chooseAndOpenFiles(): Promise<void>;
  close(): Promise<void>;
}

/** A file or folder outside the open workspace, waiting for the renderer's Open Workspace flow. */
interface PendingOpen {
  workspace: string;
  file: string | null;
  since: number;
}

/** After this, a pending open no longer steers the folder dialog: the user has moved on. */
const PENDING_OPEN_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Builds the desktop's host handlers: the workspace handlers of the open folder plus the
 * desktop's own `app:info`, `workspace:choose` (native dialog, switches the workspace),
 * `shell:openExternal` (https only, after asking), `shell:showInFolder` (an exported pack) and
 * `support:openFolder` (the Help menu's documentation and logs, in the file manager).
 *
 * @remarks
 * A file opened from outside the open workspace is not switched to behind the editor's back:
 * its tabs may hold unsaved work. Instead the renderer gets the `openWorkspace` command, runs
 * its usual flow (which asks about unsaved tabs) and calls `workspace:choose`; the dialog then
 * starts in the file's workspace, and once the user confirms it, the file opens there.
 */
export async function createDesktopHost(options: DesktopHostOptions): Promise<DesktopHost> {
  const now = options.now ?? Date.now;
  let pending: PendingOpen | null = null;

  interface OpenWorkspace {
    root: string;
    set: WorkspaceHandlerSet;
  }
  // Declared before the first open: a watcher may emit while its workspace is still opening.
  let current: OpenWorkspace | undefined;
  const open = async (root: string): Promise<OpenWorkspace> => {
    // Filled in below; the emit callback only compares it with `current`, by identity.
    const opened = { root } as OpenWorkspace;
    opened.set = await options.createWorkspaceHandlers({
      root,
      appDataDir: options.appDataDir,
      builtinTemplates: options.builtinTemplates,
      appVersion: options.native.appVersion,
      ...(options.secretBox ? { secretBox: options.secretBox } : {}),
      ...(options.tenantFetch ? { tenantFetch: options.tenantFetch } : {}),
      chooseSavePath: (request) => options.native.chooseSavePath(request),
      // Signing in to a tenant: the system browser, back to a loopback server of this process (RFC 8252).
      signIn: { kind: 'system-browser', openExternal: (url) => options.native.openExternal(url) },
      // A closed workspace's watcher may still report a change in flight: only the open one speaks.
      emit: (name, payload) => {
        if (current === opened) options.emit(name, payload);
      },
      ...(options.onWatchError ? { onWatchError: options.onWatchError } : {}),
    });
    return opened;
  };
  current = await open(options.root);
  const active = (): OpenWorkspace => current as OpenWorkspace;

  const switchTo = async (root: string): Promise<void> => {
    const next = await open(root);
    const previous = active();
    current = next;
    await previous.set.close();
  };

  const emitOpenFile = (path: string) => {
    // After the `workspace:choose` answer has gone out, so the renderer has switched before it opens the file.
    setTimeout(() => options.emit('app:openFile', { path }), 0);
  };

  const workspaceHandlers = Object.fromEntries(
    (Object.keys(HOST_CALLS) as HostCallName[])
      .filter((name): name is WorkspaceCall => !(DESKTOP_OWN_CALLS as readonly string[]).includes(name))
      .map((name) => [name, (args: unknown) => (active().set.handlers[name] as (args: unknown) => Promise<unknown>)(args)]),
  ) as Pick<HostHandlers, WorkspaceCall>;

  const handlers: HostHandlers = {
    ...workspaceHandlers,
    ...createSupportFolderHandlers({ ...options.supportFolders, openFolder: (path) => options.native.openFolder(path) }),
    async 'app:info'() {
      return { version: options.native.appVersion, host: 'electron', locale: options.native.locale(), nativeDialogs: true };
    },
    async 'workspace:choose'() {
      const steer = pending !== null && now() - pending.since < PENDING_OPEN_LIFETIME_MS ? pending : null;
      pending = null;
      const folder = await options.native.chooseFolder({ defaultPath: steer?.workspace ?? active().root });
      if (folder === null) return null;
      await switchTo(folder);
      options.native.addRecentDocument(folder);
      await options.rememberWorkspace(folder).catch(() => {});
      const snapshot = await active().set.handlers['workspace:get']({});
      if (steer?.file) {
        const path = await workspacePathOf(folder, steer.file);
        if (path !== null) emitOpenFile(path);
      }
      return snapshot;
    },
    async 'shell:openExternal'({ url }) {
      // The contract already admits only https:; checked again because this opens another program.
      if (new URL(url).protocol !== 'https:') throw new HostError('INVALID_ARGS', 'Only https: addresses are opened.');
      if (!(await options.native.confirmOpenExternal(url))) return { opened: false };
      await options.native.openExternal(url);
      return { opened: true };
    },
    async 'shell:showInFolder'({ path }) {
      // Only what export writes: the file manager is another program, so nothing else is handed to it.
      if (!isAbsolute(path) || !path.endsWith(PACK_FILE_SUFFIX)) throw new HostError('INVALID_ARGS', `"${path}" is not the full path of a pack file`);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) throw new HostError('NOT_FOUND', `"${path}" no longer exists`);
      options.native.showItemInFolder(path);
      return {};
    },
  };

  const openPaths = async (paths: readonly string[]): Promise<void> => {
    let outside: PendingOpen | null = null;
    for (const path of paths) {
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) {
        const inside = await workspacePathOf(active().root, path);
        if (inside !== null) {
          options.native.addRecentDocument(path);
          options.emit('app:openFile', { path: inside });
        } else outside = { workspace: await findWorkspaceRoot(dirname(path)), file: path, since: now() };
      } else if (info?.isDirectory() && !(await sameFolder(path, active().root))) {
        outside = { workspace: path, file: null, since: now() };
      }
    }
    if (outside !== null) {
      pending = outside;
      options.emit('app:command', { command: 'openWorkspace' });
    }
  };

  return {
    handlers,
    root: () => active().root,
    openPaths,
    async chooseAndOpenFiles() {
      const chosen = await options.native.chooseFiles({ defaultPath: active().root });
      await openPaths(chosen.filter(isOpenableFileName));
    },
    async close() {
      await active().set.close();
    },
  };
}

async function sameFolder(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return realA === realB;
}
