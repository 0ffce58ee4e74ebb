import { mkdir, mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { HostError } from '../../shared/host/host-error';
import { createDesktopHost } from './desktop-host';
import type { ChooseSavePath } from '../../node/services/save-dialogs';
import type { EmitHostEvent } from '../../node/services/workspace-handlers';
import type { SignInReturn } from '../../node/services/tenant-handlers';
import type { DesktopHost, NativeShell, WorkspaceHandlerSet, WorkspaceHandlersFactory } from './desktop-host';

let base: string;
let first: string;
let second: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-desktop-host-')));
  first = join(base, 'first');
  second = join(base, 'second');
  await mkdir(join(first, 'sales'), { recursive: true });
  await mkdir(join(second, 'support'), { recursive: true });
  await writeFile(join(first, 'sales', 'welcome.flow.json'), '{}');
  await writeFile(join(second, 'flowpack.workspace.json'), '{}');
  await writeFile(join(second, 'support', 'triage.flow.json'), '{}');
});

afterAll(() => rm(base, { recursive: true, force: true }));

/** Workspace handlers that only say which folder they serve, and can emit like a watcher. */
function fakeWorkspaces() {
  const opened: { root: string; closed: boolean; emit: EmitHostEvent; chooseSavePath: ChooseSavePath | undefined; signIn: SignInReturn | undefined }[] = [];
  const factory: WorkspaceHandlersFactory = async ({ root, emit, chooseSavePath, signIn }) => {
    const record = { root, closed: false, emit, chooseSavePath, signIn };
    opened.push(record);
    const set = {
      handlers: { 'workspace:get': async () => ({ name: root, settings: {}, entries: [] }) },
      close: async () => {
        record.closed = true;
      },
    };
    return set as unknown as WorkspaceHandlerSet;
  };
  return { factory, opened };
}

function fakeNative() {
  const native = {
    appVersion: '1.2.3',
    locale: () => 'pt-BR',
    chooseFolder: vi.fn<NativeShell['chooseFolder']>(async () => null),
    chooseFiles: vi.fn<NativeShell['chooseFiles']>(async () => []),
    chooseSavePath: vi.fn<NativeShell['chooseSavePath']>(async () => null),
    confirmOpenExternal: vi.fn<NativeShell['confirmOpenExternal']>(async () => false),
    openExternal: vi.fn<NativeShell['openExternal']>(async () => {}),
    showItemInFolder: vi.fn<NativeShell['showItemInFolder']>(),
    openFolder: vi.fn<NativeShell['openFolder']>(async () => {}),
    addRecentDocument: vi.fn<NativeShell['addRecentDocument']>(),
  };
  return native;
}

let workspaces: ReturnType<typeof fakeWorkspaces>;
let native: ReturnType<typeof fakeNative>;
let events: { name: string; payload: unknown }[];
let remembered: string[];
let host: DesktopHost;

beforeEach(async () => {
  workspaces = fakeWorkspaces();
  native = fakeNative();
  events = [];
  remembered = [];
  host = await createDesktopHost({
    root: first,
    appDataDir: join(base, 'app-data'),
    builtinTemplates: () => [],
    supportFolders: { documentationDir: join(base, 'first'), logsDir: join(base, 'logs') },
    native,
    emit: (name, payload) => events.push({ name, payload }),
    createWorkspaceHandlers: workspaces.factory,
    rememberWorkspace: async (root) => {
      remembered.push(root);
    },
  });
});

const call = (name: string, args: unknown = {}) => dispatchHostCall(host.handlers, name, args);
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the desktop app answers about itself', () => {
  it('reports the Electron host with native dialogs and the system locale', async () => {
    expect(await call('app:info')).toEqual({ ok: true, result: { version: '1.2.3', host: 'electron', locale: 'pt-BR', nativeDialogs: true } });
  });
});

describe('signing in to a tenant', () => {
  // The system browser, not a window of the app (RFC 8252: native apps use an external user-agent);
  // the tenant's own sign-in address is opened as is, without the question asked of a link in the help.
  it('opens the tenant’s sign-in page with the system browser and comes back to a loopback server', async () => {
    const signIn = workspaces.opened[0]!.signIn;
    expect(signIn?.kind).toBe('system-browser');
    if (signIn?.kind !== 'system-browser') return;
    await signIn.openExternal('http://127.0.0.1:8787/oidc/auth?client_id=flowpack-studio');
    expect(native.openExternal).toHaveBeenCalledWith('http://127.0.0.1:8787/oidc/auth?client_id=flowpack-studio');
    expect(native.confirmOpenExternal).not.toHaveBeenCalled();
  });
});

describe('the native Save dialog', () => {
  it('is what the workspace services ask where to save a flow or a pack', async () => {
    native.chooseSavePath.mockResolvedValueOnce('/home/ana/Desktop/support.flowpack');
    const asked = await workspaces.opened[0]!.chooseSavePath!({ defaultPath: join(first, 'support.flowpack'), kind: 'pack' });
    expect(asked).toBe('/home/ana/Desktop/support.flowpack');
    expect(native.chooseSavePath).toHaveBeenCalledWith({ defaultPath: join(first, 'support.flowpack'), kind: 'pack' });
  });
});

describe('switching workspaces with the native dialog', () => {
  it('serves the chosen folder from then on, closes the previous one and remembers the choice', async () => {
    native.chooseFolder.mockResolvedValueOnce(second);
    expect(await call('workspace:choose')).toEqual({ ok: true, result: { name: second, settings: {}, entries: [] } });
    expect(await call('workspace:get')).toMatchObject({ ok: true, result: { name: second } });
    expect(workspaces.opened.map((entry) => [entry.root, entry.closed])).toEqual([
      [first, true],
      [second, false],
    ]);
    expect(remembered).toEqual([second]);
    expect(native.addRecentDocument).toHaveBeenCalledWith(second);
    expect(host.root()).toBe(second);
  });

  it('keeps the open workspace when the dialog is cancelled, starting the dialog there', async () => {
    expect(await call('workspace:choose')).toEqual({ ok: true, result: null });
    expect(native.chooseFolder).toHaveBeenCalledWith({ defaultPath: first });
    expect(await call('workspace:get')).toMatchObject({ ok: true, result: { name: first } });
    expect(remembered).toEqual([]);
  });

  it('no longer passes on changes reported by a workspace that was closed', async () => {
    native.chooseFolder.mockResolvedValueOnce(second);
    await call('workspace:choose');
    workspaces.opened[0]?.emit('workspace:changed', { paths: ['old.flow.json'] });
    workspaces.opened[1]?.emit('workspace:changed', { paths: ['new.flow.json'] });
    expect(events).toEqual([{ name: 'workspace:changed', payload: { paths: ['new.flow.json'] } }]);
  });
});

describe('opening links', () => {
  it('opens an https address only after the user agrees', async () => {
    expect(await call('shell:openExternal', { url: 'https://example.com/help' })).toEqual({ ok: true, result: { opened: false } });
    expect(native.openExternal).not.toHaveBeenCalled();

    native.confirmOpenExternal.mockResolvedValueOnce(true);
    expect(await call('shell:openExternal', { url: 'https://example.com/help' })).toEqual({ ok: true, result: { opened: true } });
    expect(native.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });

  it('refuses anything but https without asking', async () => {
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share']) {
      expect(await call('shell:openExternal', { url }), url).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    }
    expect(native.confirmOpenExternal).not.toHaveBeenCalled();
  });
});

describe('showing an exported pack in its folder', () => {
  it('hands the full path of an existing pack file to the file manager', async () => {
    const pack = join(base, 'exported', 'support.flowpack');
    await mkdir(join(base, 'exported'), { recursive: true });
    await writeFile(pack, '{}');
    expect(await call('shell:showInFolder', { path: pack })).toEqual({ ok: true, result: {} });
    expect(native.showItemInFolder).toHaveBeenCalledWith(pack);
  });

  it('hands over nothing but a pack file that exists: not a relative path, another kind of file, or a file gone', async () => {
    expect(await call('shell:showInFolder', { path: 'support.flowpack' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await call('shell:showInFolder', { path: join(first, 'sales', 'welcome.flow.json') })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await call('shell:showInFolder', { path: join(base, 'gone.flowpack') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(native.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('the Help menu\'s folders', () => {
  it('opens the documentation and the logs folder in the file manager, making the logs folder when nothing was logged yet', async () => {
    expect(await call('support:openFolder', { folder: 'documentation' })).toEqual({ ok: true, result: { opened: true, path: first } });
    expect(await call('support:openFolder', { folder: 'logs' })).toEqual({ ok: true, result: { opened: true, path: join(base, 'logs') } });
    expect(native.openFolder.mock.calls).toEqual([[first], [join(base, 'logs')]]);
    expect((await stat(join(base, 'logs'))).isDirectory()).toBe(true);
  });

  it('says so when the system could not open the folder', async () => {
    native.openFolder.mockRejectedValueOnce(new HostError('IO', 'no file manager'));
    expect(await call('support:openFolder', { folder: 'logs' })).toMatchObject({ ok: false, error: { code: 'IO' } });
  });
});

describe('files handed over by the OS (second launch, file association)', () => {
  it('opens a file of the open workspace in the editor by its workspace path', async () => {
    await host.openPaths([join(first, 'sales', 'welcome.flow.json')]);
    expect(events).toEqual([{ name: 'app:openFile', payload: { path: 'sales/welcome.flow.json' } }]);
    expect(native.addRecentDocument).toHaveBeenCalledWith(join(first, 'sales', 'welcome.flow.json'));
  });

  it('for a file elsewhere, runs the renderer\'s Open Workspace flow and opens the file once its workspace is chosen', async () => {
    const file = join(second, 'support', 'triage.flow.json');
    await host.openPaths([file]);
    expect(events).toEqual([{ name: 'app:command', payload: { command: 'openWorkspace' } }]);
    expect(host.root()).toBe(first);

    native.chooseFolder.mockImplementationOnce(async ({ defaultPath }) => defaultPath);
    await call('workspace:choose');
    expect(native.chooseFolder).toHaveBeenCalledWith({ defaultPath: second });
    await expect.poll(() => events.at(-1)).toEqual({ name: 'app:openFile', payload: { path: 'support/triage.flow.json' } });
  });

  it('does not open the file when another folder is chosen instead, nor steer a later dialog', async () => {
    await host.openPaths([join(second, 'support', 'triage.flow.json')]);
    native.chooseFolder.mockResolvedValueOnce(first);
    await call('workspace:choose');
    await call('workspace:choose');
    await settle();
    expect(events.filter((event) => event.name === 'app:openFile')).toEqual([]);
    expect(native.chooseFolder).toHaveBeenLastCalledWith({ defaultPath: first });
  });

  it('opens what the Open File dialog chose, starting the dialog in the workspace', async () => {
    native.chooseFiles.mockResolvedValueOnce([join(first, 'sales', 'welcome.flow.json'), join(first, 'notes.txt')]);
    await host.chooseAndOpenFiles();
    expect(native.chooseFiles).toHaveBeenCalledWith({ defaultPath: first });
    expect(events).toEqual([{ name: 'app:openFile', payload: { path: 'sales/welcome.flow.json' } }]);
  });

  it('ignores paths that do not exist', async () => {
    await host.openPaths([join(base, 'gone.flow.json')]);
    expect(events).toEqual([]);
  });
});
