// The desktop app's main process: lifecycle and wiring only. Everything that can be tested
// without the Electron binary lives in the modules it imports.
// Every language at once, as on each Node entry point: step types answer in any of them synchronously.
import '../../shared/locales/all';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserWindow, app, safeStorage, session } from 'electron';
import type { HostEvent, HostEventName } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { IPC_EVENT_CHANNEL } from '../../shared/host/transport';
import { builtinTemplatesIn } from '../../shared/templates/templates-in-language';
import { defaultAppDataDir } from '../../node/browser-host/app-data-dir';
import { createWorkspaceHandlers } from '../../node/services/workspace-handlers';
import { withHostCallLog } from '../../node/logging/host-call-log';
import { openSupportLog } from '../../node/logging/open-support-log';
import { withTenantRequestLog } from '../../node/logging/tenant-request-log';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installApplicationMenu } from './application-menu';
import { createDesktopHost } from './desktop-host';
import type { DesktopHost } from './desktop-host';
import { PRODUCT_FOLDER_NAME, desktopUserDataDir, readDesktopSettings, updateDesktopSettings } from './desktop-settings';
import { registerHostIpc } from './host-ipc';
import { parseLaunchArguments, readLaunchRequest } from './launch-arguments';
import { createMainWindow } from './main-window';
import { createNativeShell } from './native-shell';
import { safeStorageBox } from './safe-storage-box';
import { createAppSessions } from './session-policy';
import { chooseStartupWorkspace } from './workspace-location';

// The bundle is out/electron/main.cjs; the renderer and the preload are built beside it.
const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const isDevelopment = !app.isPackaged;
// What Help > Documentation opens: the copy packaged with the app (electron-builder.yml), so it is there offline; the project's own in development.
const documentationDir = app.isPackaged ? join(process.resourcesPath, 'docs') : join(app.getAppPath(), 'docs');

registerAppScheme();
// FLOWPACK_USER_DATA_DIR isolates a run (the end-to-end test); otherwise development and the
// packaged app share one folder named after the product (see desktop-settings.ts).
const isolatedDataDir = process.env.FLOWPACK_USER_DATA_DIR ? resolve(process.env.FLOWPACK_USER_DATA_DIR) : undefined;
app.setPath('userData', isolatedDataDir ?? desktopUserDataDir(app.getPath('appData')));
const launch = parseLaunchArguments(process.argv, process.cwd());

// One instance: a second launch hands its request to the first and quits.
if (!app.requestSingleInstanceLock({ ...launch })) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error('Flowpack Studio could not start:', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null;
  let host: DesktopHost | null = null;
  let pageLoaded = false;
  // Set once the app is ready; on macOS the window may be closed while the app keeps running.
  let ensureWindow: () => void = () => {};
  const eventsBeforeLoad: { name: HostEventName; payload: unknown }[] = [];
  // macOS hands over files (Finder, Dock, recent documents) with open-file, possibly before ready.
  const pathsBeforeStart: string[] = [];

  const emit = <K extends HostEventName>(name: K, payload: HostEvent<K>): void => {
    if (window === null || window.isDestroyed()) return;
    // Until the page has loaded, its preload is not listening yet.
    if (!pageLoaded) eventsBeforeLoad.push({ name, payload });
    else window.webContents.send(IPC_EVENT_CHANNEL, { name, payload });
  };
  const focusWindow = () => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  const openPaths = (paths: string[]) => {
    ensureWindow();
    focusWindow();
    if (host === null) pathsBeforeStart.push(...paths);
    else void host.openPaths(paths);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const request = readLaunchRequest(additionalData) ?? parseLaunchArguments(argv, workingDirectory);
    openPaths([...(request.workspace !== null ? [request.workspace] : []), ...request.files]);
  });
  app.on('web-contents-created', (_event, contents) => {
    // Whatever contents exist (developer tools included) never get a webview or a new window.
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  await app.whenReady();
  const locale = app.getLocale();
  // The system's place for an app's logs (~/Library/Logs on macOS, the user data folder elsewhere), or the isolated run's.
  app.setAppLogsPath(isolatedDataDir ? join(isolatedDataDir, 'logs') : undefined);
  const log = openSupportLog({ dir: app.getPath('logs'), host: 'desktop', start: { version: app.getVersion(), packaged: app.isPackaged, locale } });
  app.setAboutPanelOptions({ applicationName: PRODUCT_FOLDER_NAME, applicationVersion: app.getVersion() });
  const sessions = createAppSessions(session);
  serveAppProtocol(sessions.editor, rendererDir);

  const userData = app.getPath('userData');
  const settings = await readDesktopSettings(userData);
  const startup = await chooseStartupWorkspace({ ...launch, files: [...launch.files, ...pathsBeforeStart.splice(0)] }, settings.lastWorkspace, fallbackWorkspace);
  const rememberWorkspace = (root: string) => updateDesktopSettings(userData, { lastWorkspace: root });
  const desktop = await createDesktopHost({
    root: startup.root,
    appDataDir: isolatedDataDir ?? defaultAppDataDir(process.platform, process.env, homedir()),
    builtinTemplates: builtinTemplatesIn,
    native: createNativeShell(() => window),
    supportFolders: { documentationDir, logsDir: app.getPath('logs') },
    emit,
    createWorkspaceHandlers,
    rememberWorkspace,
    onWatchError: (error) => reportInternal('watching the workspace folder', error),
    secretBox: safeStorageBox(safeStorage, process.platform),
    // Not net.fetch: that is the default session's, which is blocked (session-policy.ts).
    tenantFetch: withTenantRequestLog((url, init) => sessions.tenants.fetch(url, init), log),
  });
  host = desktop;
  await rememberWorkspace(startup.root).catch(() => {});

  // Through the same call the page can make: the contract admits only https:, and the user is asked first.
  const offerExternalLink = (url: string) => {
    void dispatchHostCall(desktop.handlers, 'shell:openExternal', { url }, reportInternal);
  };
  const createWindow = () => {
    pageLoaded = false;
    window = createMainWindow({ preloadPath, session: sessions.editor, locale, isDevelopment, offerExternalLink });
    // A reload (after a renderer crash, or in development) replaces the preload: hold events until it is back.
    window.webContents.on('did-start-loading', () => {
      pageLoaded = false;
    });
    window.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      for (const { name, payload } of eventsBeforeLoad.splice(0)) window?.webContents.send(IPC_EVENT_CHANNEL, { name, payload });
    });
    window.on('closed', () => {
      window = null;
    });
  };
  registerHostIpc({ handlers: withHostCallLog(desktop.handlers, log), editorContents: () => window?.webContents ?? null, reportInternal });
  installApplicationMenu({
    locale,
    isDevelopment,
    getWindow: () => window,
    sendCommand: (payload) => emit('app:command', payload),
    openFileDialog: () => desktop.chooseAndOpenFiles(),
  });
  createWindow();
  for (const path of startup.openFiles) emit('app:openFile', { path });

  // macOS keeps the app running without windows and reopens one from the Dock (or for a file
  // opened from Finder); elsewhere closing the window quits.
  ensureWindow = () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  };
  app.on('activate', () => ensureWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Stop watching the workspace before the process ends; quitting resumes once it is done.
  let hostClosed = false;
  app.on('will-quit', (event) => {
    if (hostClosed) return;
    hostClosed = true;
    event.preventDefault();
    void desktop
      .close()
      .catch((error: unknown) => reportInternal('closing the workspace', error))
      .finally(() => app.quit());
  });
}

/** The workspace when none is asked for or remembered: the examples in development, a folder in Documents when packaged. */
async function fallbackWorkspace(): Promise<string> {
  if (isDevelopment) return join(app.getAppPath(), 'examples');
  const folder = join(app.getPath('documents'), PRODUCT_FOLDER_NAME);
  await mkdir(folder, { recursive: true });
  return folder;
}

/** A handler failed in a way it did not mean to: the renderer gets INTERNAL, the log the details. */
function reportInternal(name: string, error: unknown): void {
  console.error(`Flowpack Studio: ${name} failed unexpectedly:`, error);
}
