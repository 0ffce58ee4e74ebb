import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateElectronBinary, missingDisplay } from '../../scripts/electron-binary';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { canvas, library, palette, problems, properties, waitForEditor } from '../e2e/support/editor-page';

// The desktop app for real: the built main process, preload and renderer in Electron, driven by
// Playwright. Where the Electron binary does not exist (it cannot be downloaded on every
// machine) or cannot open a window, the test is skipped and says why; it is never faked.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = locateElectronBinary(join(projectRoot, 'node_modules', 'electron'));
const skipReason = !binary.ok
  ? `Electron binary not available: ${binary.reason}`
  : missingDisplay(process.platform, process.env) !== undefined
    ? `Electron cannot open a window: ${missingDisplay(process.platform, process.env)}`
    : undefined;
const skipped = skipReason !== undefined;
const title = (text: string) => (skipped ? `${text} [skipped: ${skipReason}]` : text);

const openedFlow = 'conversations/out-of-hours-message.flow.json';
let base: string;
let app: ElectronApplication;
let page: Page;
let tenant: TestServer;

beforeAll(async () => {
  if (skipped) return;
  // The app as it ships: both bundles and the renderer, built by the package's own script.
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: projectRoot, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);

  base = await mkdtemp(join(tmpdir(), 'flowpack-electron-e2e-'));
  const workspace = join(base, 'workspace');
  await cp(join(projectRoot, 'examples'), workspace, { recursive: true });
  app = await _electron.launch({
    // A flow file on the command line, as a file association passes it: it opens in the editor.
    args: ['.', '--workspace', workspace, join(workspace, openedFlow)],
    cwd: projectRoot,
    // Its own user data: its own single-instance lock and settings, whatever else runs.
    env: { ...process.env, FLOWPACK_USER_DATA_DIR: join(base, 'user-data') },
  });
  page = await app.firstWindow();
  await waitForEditor(page);
});

afterAll(async () => {
  await app?.close();
  await tenant?.close();
  if (base) await rm(base, { recursive: true, force: true });
});

describe('the desktop app in Electron', () => {
  it.skipIf(skipped)(title('opens one window titled Flowpack Studio, served from app://flowpack'), async () => {
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe('app://flowpack/index.html');
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(windowTitle).toContain('Flowpack Studio');
  });

  it.skipIf(skipped)(title('shows the workspace and the flow named on the command line, with every landmark'), async () => {
    await expect(library(page).getByRole('treeitem').count()).resolves.toBeGreaterThan(0);
    await canvas(page).waitFor();
    for (const landmark of [library(page), palette(page), canvas(page), properties(page), problems(page)]) {
      await expect(landmark.count()).resolves.toBe(1);
    }
  });

  it.skipIf(skipped)(title('gives the page no Node: no require, no process, only the host bridge with call and on'), async () => {
    const exposed = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const bridge = scope.flowpackHost as Record<string, unknown> | undefined;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        bridge: bridge === undefined ? null : Object.keys(bridge).sort(),
      };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: ['call', 'on'] });
  });

  it.skipIf(skipped)(title('enforces its Content-Security-Policy and stays on its own page'), async () => {
    const evalResult = await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch {
        return 'blocked';
      }
    });
    expect(evalResult).toBe('blocked');
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://flowpack/index.html');
  });

  it.skipIf(skipped)(title('keeps the page off the network in a session of its own, while tenant requests reach the tenant'), async () => {
    const windowSession = await app.evaluate(({ BrowserWindow, session }) => {
      const own = BrowserWindow.getAllWindows()[0]!.webContents.session;
      return { separate: own !== session.defaultSession, persistent: own.isPersistent() };
    });
    expect(windowSession).toEqual({ separate: true, persistent: true });

    tenant = await startTestServer('pglite');
    const { admin: token } = await makeTenant(tenant.database.db, 'Desktop tenant');
    const info = await page.evaluate(
      async ({ url, token }) => {
        type Bridge = { call(name: string, args: unknown): Promise<{ ok: boolean; result?: { connection?: { id: string }; info?: { name: string } } }> };
        const host = (globalThis as unknown as { flowpackHost: Bridge }).flowpackHost;
        // A desktop without a keyring cannot seal the token: agreeing to keep it unprotected, as the dialog asks.
        const added = await host.call('tenants:add', { name: 'Desktop tenant', url, token, allowUnprotected: true });
        return host.call('tenants:test', { id: added.result!.connection!.id });
      },
      { url: tenant.url, token },
    );
    expect(info).toMatchObject({ ok: true, result: { info: { name: 'Desktop tenant' } } });
  });
});
