import { EventEmitter } from 'node:events';

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
    async executeJavaScript() {
      return this.focusedText;
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
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    focused = 0;
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      super();
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

  const permissions = {
    request: undefined as undefined | ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void),
    check: undefined as undefined | ((webContents: unknown, permission: string, origin: string) => boolean),
    blockedUrls: [] as string[],
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissions.request) => (permissions.request = handler),
      setPermissionCheckHandler: (handler: typeof permissions.check) => (permissions.check = handler),
      webRequest: { onBeforeRequest: (filter: { urls: string[] }) => permissions.blockedUrls.push(...filter.urls) },
    },
  };

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged: (schemes: unknown[]) => protocol.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocol.handlers.set(scheme, handler),
  };

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
  };
  const nativeTheme = { shouldUseDarkColors: false };

  // A Linux desktop without a keyring: tokens would be stored unprotected, so the app asks first.
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (data: Buffer) => data.toString(),
  };
  const net = { fetch: (url: string, init?: RequestInit) => fetch(url, init) };
  return { app, session, permissions, protocol, ipcMain, Menu, dialog, shell, nativeTheme, safeStorage, net, BrowserWindow: FakeBrowserWindow };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
