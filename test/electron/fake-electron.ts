import { EventEmitter } from 'node:events';
import { join } from 'node:path';

/**
 * A stand-in for the parts of the `electron` module the main process uses, recording what the
 * main process does with them. It lets the built main bundle run in plain Node where the
 * Electron binary cannot be downloaded; it checks the wiring, not Electron (the end-to-end test
 * in electron.e2e.test.ts runs the real thing where it exists).
 */
export function createFakeElectron(options: { userDataDir: string; appPath: string; gotLock?: boolean }) {
  const paths: Record<string, string> = { appData: options.userDataDir, userData: options.userDataDir, documents: options.userDataDir };

  let nextContentsId = 1;
  class FakeWebContents extends EventEmitter {
    readonly id = nextContentsId++;
    constructor(readonly session: FakeSession) {
      super();
    }
    readonly sent: { channel: string; message: unknown }[] = [];
    readonly nativeEdits: string[] = [];
    windowOpenHandler: ((details: unknown) => { action: string }) | undefined;
    focusedText = false;
    send(channel: string, message: unknown) {
      this.sent.push({ channel, message });
    }
    setWindowOpenHandler(handler: (details: unknown) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    /** The focus probe's answer (menu-command-routes.ts): a text field outside the editor, or none. */
    async executeJavaScript() {
      return this.focusedText ? 'text' : 'none';
    }
    isDestroyed() {
      return false;
    }
    undo() {
      this.nativeEdits.push('undo');
    }
    redo() {
      this.nativeEdits.push('redo');
    }
    cut() {
      this.nativeEdits.push('cut');
    }
    copy() {
      this.nativeEdits.push('copy');
    }
    paste() {
      this.nativeEdits.push('paste');
    }
    selectAll() {
      this.nativeEdits.push('selectAll');
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.all;
    }
    readonly webContents: FakeWebContents;
    loadedUrl: string | undefined;
    focused = 0;
    constructor(readonly options: { webPreferences: { session?: FakeSession; partition?: string } & Record<string, unknown> } & Record<string, unknown>) {
      super();
      const { session: given, partition } = options.webPreferences;
      this.webContents = new FakeWebContents(given ?? session.fromPartition(partition ?? ''));
      FakeBrowserWindow.all.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused++;
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quitCalls: 0,
    recentDocuments: [] as string[],
    lockData: undefined as unknown,
    setPath: (name: string, path: string) => {
      paths[name] = path;
    },
    getPath: (name: string) => paths[name] ?? options.userDataDir,
    // As on Linux and Windows: without a path, the logs go in the user data folder's `logs`.
    setAppLogsPath: (path?: string) => {
      paths.logs = path ?? join(paths.userData ?? options.userDataDir, 'logs');
    },
    requestSingleInstanceLock(data: unknown) {
      app.lockData = data;
      return options.gotLock ?? true;
    },
    quit: () => {
      app.quitCalls++;
    },
    exit: (code: number) => {
      throw new Error(`app.exit(${code})`);
    },
    whenReady: async () => {},
    getLocale: () => 'en-US',
    getVersion: () => '9.9.9',
    getAppPath: () => options.appPath,
    setAboutPanelOptions: () => {},
    addRecentDocument: (path: string) => app.recentDocuments.push(path),
  });

  const sessions = new Map<string, FakeSession>();
  const session = {
    defaultSession: new FakeSession(''),
    fromPartition(partition: string, options: { cache?: boolean } = {}) {
      if (partition === '') return session.defaultSession;
      const existing = sessions.get(partition);
      if (existing !== undefined) return existing;
      const made = new FakeSession(partition, options);
      sessions.set(partition, made);
      return made;
    },
  };
  // The protocol module is the default session's protocol, and net.fetch is its fetch.
  const protocol = Object.assign(session.defaultSession.protocol, {
    privileged: [] as unknown[],
    registerSchemesAsPrivileged: (schemes: unknown[]) => protocol.privileged.push(...schemes),
  });

  const ipcMain = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipcMain.handlers.set(channel, handler),
  };

  type MenuItem = { id?: string; role?: string; click?: () => void; submenu?: MenuItem[] };
  const Menu = {
    template: [] as MenuItem[],
    buildFromTemplate: (template: MenuItem[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItem[] }) => (Menu.template = menu.template),
  };

  const dialog = {
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    showOpenDialog: async () => dialog.openDialogAnswer,
    messageBoxAnswer: 1,
    messageBoxes: [] as { message?: string; detail?: string }[],
    showMessageBox: async (...args: unknown[]) => {
      dialog.messageBoxes.push(args.at(-1) as { message?: string; detail?: string });
      return { response: dialog.messageBoxAnswer };
    },
    showMessageBoxSync: () => 1,
  };
  const shell = {
    opened: [] as string[],
    openExternal: async (url: string) => {
      shell.opened.push(url);
    },
    shownInFolder: [] as string[],
    showItemInFolder: (path: string) => {
      shell.shownInFolder.push(path);
    },
    openedPaths: [] as string[],
    /** Electron answers an error's text, empty when the path opened. */
    openPathAnswer: '',
    openPath: async (path: string) => {
      shell.openedPaths.push(path);
      return shell.openPathAnswer;
    },
  };
  const nativeTheme = { shouldUseDarkColors: false };

  // A Linux desktop without a keyring: tokens would be stored unprotected, so the app asks first.
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (data: Buffer) => data.toString(),
  };
  const net = { fetch: (url: string, init?: RequestInit) => session.defaultSession.fetch(url, init) };
  return { app, session, protocol, ipcMain, Menu, dialog, shell, nativeTheme, safeStorage, net, BrowserWindow: FakeBrowserWindow };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

type RequestListener = (details: { url: string; method: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** Whether a URL matches a webRequest filter pattern, where `*` stands for anything. */
function matchesUrlPattern(pattern: string, url: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(url);
}

/**
 * A session as the main process uses it: permission handlers, webRequest's onBeforeRequest, its
 * own protocol handlers, and a fetch that, as Electron documents for `ses.fetch` and `net.fetch`,
 * passes through the session's webRequest handlers (a cancelled request fails) before reaching
 * the network (here Node's fetch). Each records what was asked of it.
 */
export class FakeSession {
  permissionRequest: ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
  permissionCheck: ((webContents: unknown, permission: string, origin: string) => boolean) | undefined;
  readonly beforeRequest: { urls: string[]; listener: RequestListener }[] = [];
  /** Every URL fetched through this session, cancelled or not. */
  readonly fetched: string[] = [];
  readonly protocol = {
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => this.protocol.handlers.set(scheme, handler),
  };
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: RequestListener) => this.beforeRequest.push({ urls: filter.urls, listener }),
  };

  constructor(
    readonly partition: string,
    readonly options: { cache?: boolean } = {},
  ) {}

  setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
    this.permissionCheck = handler;
  }

  /** Whether this session's webRequest handlers cancel a request to `url`. */
  cancels(url: string, method = 'GET'): boolean {
    let cancelled = false;
    for (const { urls, listener } of this.beforeRequest) {
      if (urls.some((pattern) => matchesUrlPattern(pattern, url))) listener({ url, method }, (response) => (cancelled ||= response.cancel === true));
    }
    return cancelled;
  }

  async fetch(url: string, init?: RequestInit): Promise<Response> {
    this.fetched.push(url);
    // What Chromium reports for a request a webRequest handler cancelled.
    if (this.cancels(url, init?.method ?? 'GET')) throw new TypeError('net::ERR_BLOCKED_BY_CLIENT');
    return fetch(url, init);
  }
}
