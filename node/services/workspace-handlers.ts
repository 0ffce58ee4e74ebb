import type { EmitHostEvent, HostHandlers } from '../../shared/host/contract';
import { createFlowFileHandlers } from './flow-files';
import { createFlowTestHandlers } from './flow-tests';
import { createKeyedLock } from './keyed-lock';
import { removeOrphanedTemps } from './orphaned-temps';
import { createPackHandlers } from './pack-handlers';
import { createRecoveryHandlers } from './recovery-journal';
import { createSaveDialogHandlers } from './save-dialogs';
import type { ChooseSavePath } from './save-dialogs';
import { plainSecretBox } from './secret-box';
import type { SecretBox } from './secret-box';
import { createTenantService } from './tenant-handlers';
import type { SignInReturn } from './tenant-handlers';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { SummaryCache } from './summary-cache';
import { createTemplateHandlers } from './user-templates';
import { listWorkspace } from './workspace-listing';
import { createWorkspaceOperationHandlers } from './workspace-operations';
import { WorkspaceRoot } from './workspace-root';
import { currentSettings, updateSettings } from './workspace-settings';
import { watchWorkspace } from './workspace-watcher';
import type { BuiltinTemplates } from '../../shared/templates/template';

/** Every host call that works on the opened workspace; the desktop app and the browser host add the rest. */
export type WorkspaceHandlers = Omit<HostHandlers, 'app:info' | 'workspace:choose' | 'shell:openExternal' | 'shell:showInFolder' | 'support:openFolder'>;

/** Sends a host event to the renderer (over IPC or server-sent events). */
export type { EmitHostEvent };

/** Options of {@link createWorkspaceHandlers}. */
export interface WorkspaceHandlerOptions {
  /** The workspace folder, absolute. It must exist. */
  root: string;
  /** The app's own data folder; user templates live in its `templates/`. */
  appDataDir: string;
  /** The templates that ship with the app in each language, listed before the user's. */
  builtinTemplates: BuiltinTemplates;
  /** Receives `workspace:changed` when files change on disk, by anyone, and a push's progress. */
  emit: EmitHostEvent;
  /** The time used for backups, trash folders and the recovery journal. Default: the system clock. */
  clock?: () => Date;
  /** Whether to watch the folder for changes. Default true. */
  watch?: boolean;
  /** Told when watching the folder fails (changes are then seen only on refresh). */
  onWatchError?: (error: unknown) => void;
  /** The app's version, written into the packs it exports. Default: `unknown`. */
  appVersion?: string;
  /** Seals tenant tokens: safeStorage in the desktop app; none (the user is asked) in the browser host. */
  secretBox?: SecretBox;
  /** What tenant requests go through: the fetch of Electron's tenant session in the desktop app. Default: Node's fetch. */
  tenantFetch?: TenantFetch;
  /** The native Save dialog: the desktop app's; without it the Save dialog calls answer NOT_SUPPORTED. */
  chooseSavePath?: ChooseSavePath;
  /** How signing in to a tenant reaches its sign-in page and comes back; without it, signing in answers NOT_SUPPORTED. */
  signIn?: SignInReturn;
}

/** The handlers of one opened workspace and the way to let it go. */
export interface WorkspaceService {
  handlers: WorkspaceHandlers;
  /** Stops watching the folder. Calls made afterwards still work, without change events. */
  close(): void;
  /** Hands a browser's answer at the host's own sign-in redirect route to the sign-in in progress. */
  completeSignIn(answer: URL): Promise<unknown>;
  /** Settles once the temporary files of saves killed midway are removed, with their workspace paths; never rejects. */
  orphansRemoved: Promise<string[]>;
}

/**
 * The workspace services as host handlers: the library (listing with summaries, folders,
 * moves, trash, priority order), flow files (read, conflict-checked atomic saves with
 * backups), the recovery journal and the template gallery, plus a watcher that emits
 * `workspace:changed`. Electron main and the browser host mount the same handlers through
 * `dispatchHostCall`, which has already parsed every argument with the contract's schemas.
 *
 * @example
 * const { handlers, close } = createWorkspaceHandlers({ root, appDataDir, builtinTemplates, emit });
 * const response = await dispatchHostCall({ ...handlers, ...appHandlers }, name, args);
 */
export function createWorkspaceHandlers(options: WorkspaceHandlerOptions): WorkspaceService {
  const root = new WorkspaceRoot(options.root);
  const clock = options.clock ?? (() => new Date());
  const summaries = new SummaryCache();
  const settingsLock = createKeyedLock();
  const tenants = createTenantService({ appDataDir: options.appDataDir, box: options.secretBox ?? plainSecretBox, fetch: options.tenantFetch ?? globalThis.fetch, clock, root, summaries, appVersion: options.appVersion ?? 'unknown', emit: options.emit, signIn: options.signIn });

  const handlers: WorkspaceHandlers = {
    async 'workspace:get'() {
      const [settings, entries] = await Promise.all([currentSettings(root), listWorkspace(root, summaries)]);
      return { name: root.name, settings, entries };
    },
    async 'workspace:search'({ query }) {
      // The renderer lists the workspace before it searches and again whenever files change.
      return { paths: summaries.search(query) };
    },
    async 'workspace:setPriority'({ ids }) {
      await settingsLock('settings', () => updateSettings(root, (settings) => ({ ...settings, priority: [...new Set(ids)] })));
      return {};
    },
    ...createWorkspaceOperationHandlers(root, clock),
    ...createFlowFileHandlers(root, clock),
    ...createFlowTestHandlers(root),
    ...createRecoveryHandlers(root, clock),
    ...createTemplateHandlers(options.appDataDir, options.builtinTemplates),
    ...createPackHandlers({ root, summaries, appDataDir: options.appDataDir, clock, appVersion: options.appVersion ?? 'unknown', box: options.secretBox ?? plainSecretBox, chooseSavePath: options.chooseSavePath }),
    ...createSaveDialogHandlers(root, options.chooseSavePath),
    ...tenants.handlers,
  };

  const stopWatching =
    options.watch === false
      ? () => {}
      : watchWorkspace(root.real, (paths) => options.emit('workspace:changed', { paths }), {
          ...(options.onWatchError ? { onError: options.onWatchError } : {}),
        });

  // In the background: opening the workspace does not wait for a walk of every folder. On the
  // system clock, not `clock`: the files' times are the disk's.
  const orphansRemoved = removeOrphanedTemps(root).catch(() => []);

  return { handlers, close: stopWatching, orphansRemoved, completeSignIn: tenants.completeSignIn };
}
