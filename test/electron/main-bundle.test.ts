import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/host/transport';
import { mainBundleOptions } from '../../scripts/electron-bundles';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { HANG_GUARD_MS } from '../hang-guard';
import { createFakeElectron } from './fake-electron';
import type { FakeElectron } from './fake-electron';

// The built main process, run in plain Node against a stand-in electron module: the Electron
// binary cannot be downloaded everywhere, and the wiring of main.ts deserves a test anyway.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
let base: string;
let workspace: string;
let mainFile: string;
let electron: FakeElectron;

/** Loads main.cjs with `require('electron')` answered by the stand-in and the given command line. */
function runMain(fake: FakeElectron, argv: string[], code: string): void {
  const realRequire = createRequire(mainFile);
  const require = (name: string) => (name === 'electron' ? fake : realRequire(name));
  const module = { exports: {} };
  const savedArgv = process.argv;
  process.argv = argv;
  try {
    compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: mainFile })(
      module.exports,
      require,
      module,
      mainFile,
      join(mainFile, '..'),
    );
  } finally {
    process.argv = savedArgv;
  }
}

const window = () => electron.BrowserWindow.all[0]!;
const trustedEvent = () => ({ sender: window().webContents, senderFrame: { url: 'app://flowpack/index.html', parent: null } });
const invoke = (event: unknown, name: string, args: unknown = {}) => electron.ipcMain.handlers.get(IPC_CALL_CHANNEL)!(event, name, args);
const eventsSent = () => window().webContents.sent.filter((entry) => entry.channel === IPC_EVENT_CHANNEL).map((entry) => entry.message);
type MenuItem = { id?: string; click?: () => void; submenu?: MenuItem[] };
const menuItem = (id: string): MenuItem => {
  const all = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  return all(electron.Menu.template as MenuItem[]).find((item) => item.id === id)!;
};

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-main-')));
  const outDir = join(base, 'out', 'electron');
  await build({ ...mainBundleOptions({ projectRoot, outDir }), sourcemap: false, logLevel: 'silent' });
  mainFile = join(outDir, 'main.cjs');
  await mkdir(join(base, 'out', 'renderer'), { recursive: true });
  await writeFile(join(base, 'out', 'renderer', 'index.html'), '<!doctype html><title>Flowpack Studio</title>');
  workspace = join(base, 'workspace');
  await cp(join(projectRoot, 'examples', 'conversations'), join(workspace, 'conversations'), { recursive: true });

  vi.stubEnv('FLOWPACK_USER_DATA_DIR', join(base, 'user-data'));
  electron = createFakeElectron({ userDataDir: join(base, 'user-data'), appPath: base });
  runMain(electron, ['/opt/electron/electron', '.', '--workspace', workspace], await readFile(mainFile, 'utf8'));
  // expect.poll is for tests only; in a hook, vi.waitFor with the same bound.
  await vi.waitFor(() => expect(electron.BrowserWindow.all).toHaveLength(1), HANG_GUARD_MS);
});

afterAll(async () => {
  // Quitting closes the workspace watcher.
  electron?.app.emit('will-quit', { preventDefault: () => {} });
  await vi.waitFor(() => expect(electron.app.quitCalls).toBeGreaterThan(0), HANG_GUARD_MS);
  vi.unstubAllEnvs();
  await rm(base, { recursive: true, force: true });
});

describe('the main window', () => {
  it('is created with the Electron security checklist applied and loads the app origin', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(base, 'out', 'electron', 'preload.cjs'),
    });
    expect(window().loadedUrl).toBe('app://flowpack/index.html');
  });

  it('refuses every navigation and every new window', () => {
    for (const event of ['will-navigate', 'will-frame-navigate']) {
      const preventDefault = vi.fn();
      window().webContents.emit(event, { preventDefault, url: 'https://example.com/' });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(window().webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('links', () => {
  it('offers a link the page tries to open to the system browser, only https and only after asking', async () => {
    electron.dialog.messageBoxAnswer = 1;
    window().webContents.windowOpenHandler?.({ url: 'https://example.com/declined' });
    await expect.poll(() => electron.dialog.messageBoxes.at(-1)?.detail).toBe('https://example.com/declined');

    electron.dialog.messageBoxAnswer = 0;
    window().webContents.emit('will-navigate', { preventDefault: () => {}, url: 'https://example.com/help', isMainFrame: true });
    await expect.poll(() => electron.shell.opened).toEqual(['https://example.com/help']);

    const asked = electron.dialog.messageBoxes.length;
    electron.dialog.messageBoxAnswer = 1;
    window().webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
    window().webContents.emit('will-navigate', { preventDefault: () => {}, url: 'http://example.com/', isMainFrame: true });
    // A link offered after them is asked about: by then the two before it were refused, not still on their way.
    window().webContents.windowOpenHandler?.({ url: 'https://example.com/after' });
    await expect.poll(() => electron.dialog.messageBoxes.at(-1)?.detail).toBe('https://example.com/after');
    expect(electron.dialog.messageBoxes).toHaveLength(asked + 1);
    expect(electron.shell.opened).toEqual(['https://example.com/help']);
  });
});

describe('the app protocol and the sessions', () => {
  const editorSession = () => window().webContents.session;

  it('gives the window a session of its own, not the default one', () => {
    expect(window().options.webPreferences.session).toBe(editorSession());
    expect(editorSession()).not.toBe(electron.session.defaultSession);
    // persist: keeps the page's storage (its language choice) from one launch to the next.
    expect(editorSession().partition).toBe('persist:editor');
  });

  it('serves the renderer on app://flowpack in the window’s session, with the Content-Security-Policy', async () => {
    expect(electron.protocol.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    // "A protocol is registered to a specific Electron session object" (Electron, protocol): the window's.
    const response = await editorSession().protocol.handlers.get('app')!(new Request('app://flowpack/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('denies web permissions other than the clipboard for the app page, and blocks the network of the window’s session', () => {
    const answers: boolean[] = [];
    editorSession().permissionRequest!({}, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://flowpack/index.html' });
    editorSession().permissionRequest!({}, 'clipboard-read', (granted) => answers.push(granted), { requestingUrl: 'https://example.com/' });
    expect(answers).toEqual([false, false]);
    expect(editorSession().permissionCheck!({}, 'clipboard-sanitized-write', 'app://flowpack')).toBe(true);
    for (const url of ['http://example.com/', 'https://example.com/x', 'wss://example.com/socket']) expect(editorSession().cancels(url), url).toBe(true);
    expect(editorSession().cancels('app://flowpack/index.html')).toBe(false);
  });

  it('blocks the default session too, which nothing is meant to use (net.fetch would go through it)', () => {
    expect(electron.session.defaultSession.cancels('https://example.com/')).toBe(true);
  });
});

describe('tenant requests', () => {
  let tenant: TestServer;
  let token: string;
  beforeAll(async () => {
    tenant = await startTestServer('pglite');
    ({ admin: token } = await makeTenant(tenant.database.db, 'Desktop tenant'));
  });
  afterAll(() => tenant?.close());

  it('reach the tenant through a session of their own, where the window’s network block does not apply', async () => {
    // net.fetch "will trigger webRequest handlers if present" (Electron, net): a tenant request in a
    // blocked session would be cancelled, so it must be made in one without the block.
    const added = (await invoke(trustedEvent(), 'tenants:add', { name: 'Desktop tenant', url: tenant.url, token, allowUnprotected: true })) as {
      ok: boolean;
      result: { connection: { id: string } };
    };
    expect(added.ok).toBe(true);
    const tested = await invoke(trustedEvent(), 'tenants:test', { id: added.result.connection.id });
    expect(tested).toMatchObject({ ok: true, result: { info: { name: 'Desktop tenant' } } });

    const tenants = electron.session.fromPartition('tenants');
    expect(tenants.fetched).toEqual([`${tenant.url}/v1/tenant`]);
    expect(tenants.cancels(`${tenant.url}/v1/tenant`)).toBe(false);
    // In memory, without an HTTP cache: nothing a tenant answers is kept on disk or served stale.
    expect(tenants.options).toEqual({ cache: false });
    expect(electron.session.defaultSession.fetched).toEqual([]);
    expect(window().webContents.session.fetched).toEqual([]);
  });

  it('writes each request to the support log by route and status, and the calls by name, never the token', async () => {
    // The isolated run's logs folder (FLOWPACK_USER_DATA_DIR), as app.getPath('logs') has it.
    const logFile = join(base, 'user-data', 'logs', 'desktop.log');
    // Lines are appended in the background: wait for the request's.
    await expect.poll(() => readFile(logFile, 'utf8').catch(() => '')).toContain('"route":"/v1/tenant"');
    const text = await readFile(logFile, 'utf8');
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ event: 'start', host: 'desktop', version: '9.9.9', packaged: false });
    expect(lines).toContainEqual(expect.objectContaining({ event: 'host-call', name: 'tenants:add', outcome: 'ok' }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'tenant-request', method: 'GET', route: '/v1/tenant', status: 200 }));
    expect(text).not.toContain(token);
    expect(text).not.toContain(tenant.url);
  });
});

describe('host calls over IPC', () => {
  it('answers the app page through the shared dispatcher', async () => {
    expect(await invoke(trustedEvent(), 'app:info')).toEqual({ ok: true, result: { version: '9.9.9', host: 'electron', locale: 'en-US', nativeDialogs: true } });
    const snapshot = (await invoke(trustedEvent(), 'workspace:get')) as { ok: boolean; result: { entries: { path: string }[] } };
    expect(snapshot.ok).toBe(true);
    expect(snapshot.result.entries.map((entry) => entry.path)).toContain('conversations/out-of-hours-message.flow.json');
  });

  it('parses arguments with the contract before anything runs', async () => {
    expect(await invoke(trustedEvent(), 'flow:read', { path: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await invoke(trustedEvent(), 'fs:readAnything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('exports a pack with its full path, and shows that file in the system file manager', async () => {
    const paths = ['conversations/out-of-hours-message.flow.json'];
    const written = (await invoke(trustedEvent(), 'pack:exportWrite', { paths, name: 'Out of hours', target: 'out-of-hours.flowpack' })) as { ok: boolean; result: { fullPath: string } };
    expect(written).toMatchObject({ ok: true, result: { written: 'out-of-hours.flowpack', fullPath: join(workspace, 'out-of-hours.flowpack') } });
    expect(await invoke(trustedEvent(), 'shell:showInFolder', { path: written.result.fullPath })).toEqual({ ok: true, result: {} });
    expect(electron.shell.shownInFolder).toEqual([join(workspace, 'out-of-hours.flowpack')]);
  });

  it('refuses a call from a frame that is not the app page', async () => {
    const foreignFrame = { sender: window().webContents, senderFrame: { url: 'https://example.com/', parent: null } };
    const subFrame = { sender: window().webContents, senderFrame: { url: 'app://flowpack/index.html', parent: {} } };
    const otherContents = { sender: { id: 999 }, senderFrame: { url: 'app://flowpack/index.html', parent: null } };
    const goneFrame = { sender: window().webContents, senderFrame: null };
    for (const event of [foreignFrame, subFrame, otherContents, goneFrame]) {
      await expect(invoke(event, 'app:info')).rejects.toThrow(/Refused/);
    }
  });
});

describe('the Help menu', () => {
  it('sends its items to the page, which asks for the folders: the logs folder opens in the file manager', async () => {
    window().webContents.emit('did-finish-load');
    for (const command of ['openDocumentation', 'showShortcuts', 'openLogsFolder']) {
      menuItem(command).click!();
      await expect.poll(() => eventsSent()).toContainEqual({ name: 'app:command', payload: { command } });
    }
    expect(await invoke(trustedEvent(), 'support:openFolder', { folder: 'logs' })).toEqual({ ok: true, result: { opened: true, path: join(base, 'user-data', 'logs') } });
    expect(electron.shell.openedPaths).toEqual([join(base, 'user-data', 'logs')]);
  });

  it('opens the documentation beside the app in development, and says so when the system cannot open it', async () => {
    await mkdir(join(base, 'docs'), { recursive: true });
    expect(await invoke(trustedEvent(), 'support:openFolder', { folder: 'documentation' })).toEqual({ ok: true, result: { opened: true, path: join(base, 'docs') } });
    electron.shell.openPathAnswer = 'Failed to open path';
    expect(await invoke(trustedEvent(), 'support:openFolder', { folder: 'documentation' })).toMatchObject({ ok: false, error: { code: 'IO' } });
    electron.shell.openPathAnswer = '';
  });
});

describe('menus, second launches and remembered workspaces', () => {
  it('sends menu commands to the page once it has loaded', async () => {
    menuItem('save').click!();
    window().webContents.emit('did-finish-load');
    await expect.poll(() => eventsSent()).toContainEqual({ name: 'app:command', payload: { command: 'save' } });
  });

  it('pastes into a focused text field natively instead of pasting steps', async () => {
    window().webContents.focusedText = true;
    menuItem('paste').click!();
    await expect.poll(() => window().webContents.nativeEdits).toEqual(['paste']);
    window().webContents.focusedText = false;
    expect(eventsSent()).not.toContainEqual({ name: 'app:command', payload: { command: 'paste' } });
  });

  it('opens the files chosen with Open File\'s native dialog', async () => {
    electron.dialog.openDialogAnswer = { canceled: false, filePaths: [join(workspace, 'conversations', 'out-of-hours-message.flow.json')] };
    menuItem('openFile').click!();
    await expect.poll(() => eventsSent()).toContainEqual({ name: 'app:openFile', payload: { path: 'conversations/out-of-hours-message.flow.json' } });
    expect(eventsSent()).not.toContainEqual({ name: 'app:command', payload: { command: 'openFile' } });
  });

  it('opens the file of a second launch in the existing window', async () => {
    const file = join(workspace, 'conversations', 'sales-auto-assignment.flow.json');
    const focusedBefore = window().focused;
    electron.app.emit('second-instance', {}, ['/opt/electron/electron', file], '/', { workspace: null, files: [file] });
    await expect.poll(() => eventsSent()).toContainEqual({ name: 'app:openFile', payload: { path: 'conversations/sales-auto-assignment.flow.json' } });
    expect(window().focused).toBeGreaterThan(focusedBefore);
  });

  it('takes the single-instance lock with what this launch asked for, and remembers the workspace', async () => {
    expect(electron.app.lockData).toEqual({ workspace, files: [] });
    const settings = JSON.parse(await readFile(join(base, 'user-data', 'settings.json'), 'utf8'));
    expect(settings).toEqual({ lastWorkspace: workspace });
  });

  it('quits at once as a second instance, without a window of its own', async () => {
    const second = createFakeElectron({ userDataDir: join(base, 'user-data'), appPath: base, gotLock: false });
    runMain(second, ['/opt/electron/electron', '.'], await readFile(mainFile, 'utf8'));
    expect(second.app.quitCalls).toBe(1);
    // Starting registers the app's listeners before anything is awaited: none means it never began, so no window follows.
    expect(second.app.eventNames()).toEqual([]);
    expect(second.BrowserWindow.all).toHaveLength(0);
  });
});
