import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserHost } from '../../../node/browser-host/browser-host';
import type { BrowserHost } from '../../../node/browser-host/browser-host';
import { launchChromium } from './chromium';
import { E2E_RENDERER_DIR } from './paths';
import { createTempWorkspace } from './temp-workspace';
import type { TempWorkspace } from './temp-workspace';

/** One test's editor: a workspace copy, a browser host on it, and a page signed in to that host. */
export interface EditorSession {
  workspace: TempWorkspace;
  /** The host now serving the workspace (a new one after {@link EditorSession.restartHost}). */
  readonly host: BrowserHost;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions the page threw; a session that ends with any fails its test. */
  pageErrors: Error[];
  /**
   * Closes the host without anything else happening (as a crash or kill would leave the
   * workspace), starts a new one on the same folder and opens its address in the same page.
   */
  restartHost(): Promise<void>;
}

export interface SessionOptions {
  /** The system theme the page sees (prefers-color-scheme); light by default. */
  colorScheme?: 'light' | 'dark';
  /** The system language the page and its requests announce; en-US by default. */
  locale?: string;
}

/** A window large enough for every panel at once, as on a laptop screen. */
const VIEWPORT = { width: 1440, height: 900 };

/** How long one click, fill or wait may take before the test fails: a hang guard, long enough for a loaded machine. */
const ACTION_TIMEOUT_MS = 60_000;

/** Starts a browser host on `workspace` in this process, on a free port, serving the e2e renderer build. */
export function startHost(workspace: TempWorkspace): Promise<BrowserHost> {
  return startBrowserHost({ workspace: workspace.root, port: 0, rendererDir: E2E_RENDERER_DIR, appDataDir: workspace.appDataDir, version: '0.0.0-e2e' });
}

/**
 * Registers one Chromium per test file and cleans up every session after each test. Returns
 * the function a test calls to open its editor.
 */
export function useEditorSessions(): { openSession(options?: SessionOptions): Promise<EditorSession>; browser(): Browser } {
  let browser: Browser | undefined;
  const open: { session: EditorSession; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const sessions = open.splice(0);
    for (const { close } of sessions) await close();
    const errors = sessions.flatMap(({ session }) => session.pageErrors);
    if (errors.length > 0) throw new Error(`The page threw: ${errors.map((error) => error.stack ?? error.message).join('\n')}`);
  });

  const requireBrowser = (): Browser => {
    if (browser === undefined) throw new Error('Chromium is not running: call openSession inside a test.');
    return browser;
  };

  const openSession = async (options: SessionOptions = {}): Promise<EditorSession> => {
    const workspace = await createTempWorkspace();
    let host = await startHost(workspace);
    const context = await requireBrowser().newContext({ viewport: VIEWPORT, colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-US' });
    // A missing control fails within seconds with Playwright's own account of what it waited for.
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const session: EditorSession = {
      workspace,
      get host() {
        return host;
      },
      context,
      page,
      pageErrors,
      restartHost: async () => {
        await host.close();
        host = await startHost(workspace);
        await page.goto(host.url);
      },
    };
    open.push({
      session,
      close: async () => {
        await context.close();
        await host.close();
        await workspace.remove();
      },
    });
    await page.goto(host.url);
    return session;
  };

  return { openSession, browser: requireBrowser };
}
