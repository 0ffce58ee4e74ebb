// Every language at once, as on each Node entry point: step types answer in any of them synchronously.
import '../../shared/locales/all';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostHandlers } from '../../shared/host/contract';
import { HTTP_CALL_PREFIX, HTTP_DOWNLOAD_PREFIX, HTTP_EVENTS_PATH } from '../../shared/host/transport';
import { builtinTemplatesIn } from '../../shared/templates/templates-in-language';
import { createWorkspaceHandlers } from '../services/workspace-handlers';
import { withHostCallLog } from '../logging/host-call-log';
import { openSupportLog } from '../logging/open-support-log';
import { withTenantRequestLog } from '../logging/tenant-request-log';
import { WorkspaceRoot } from '../services/workspace-root';
import { signInBackPage } from '../services/sign-in/back-page';
import { REDIRECT_PATH } from '../services/sign-in/loopback-redirect';
import { handleCallRequest } from './api-calls';
import { createBrowserOwnHandlers } from './browser-handlers';
import { EventStreams } from './event-stream';
import { sendText, setSecurityHeaders } from './http-responses';
import { isOwnHost, isOwnOrigin } from './request-origin';
import { createSessionSecret, matchesSecret, readCookie, sessionCookieHeader, sessionCookieName } from './session-secret';
import { serveStaticFile } from './static-files';
import { serveWorkspaceDownload } from './workspace-download';

/** What {@link startBrowserHost} needs. */
export interface BrowserHostOptions {
  /** The workspace folder to open. */
  workspace: string;
  /** The port on 127.0.0.1; 0 (the default) takes any free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The app's data folder (user templates). */
  appDataDir: string;
  /** The app version `app:info` reports. */
  version: string;
  /** Where the support log is written. Default: `logs/` in the app's data folder. */
  logsDir?: string;
  /** What the Help menu's Documentation shows. Default: the project's `docs/` folder, which the browser host runs beside. */
  documentationDir?: string;
}

/** The project's documentation, beside the folder this host runs from (it runs from the source, never packaged). */
const PROJECT_DOCS_DIR = fileURLToPath(new URL('../../docs', import.meta.url));

/** A running browser host. */
export interface BrowserHost {
  /** The address to open, with the per-launch secret: `http://127.0.0.1:<port>/?secret=...`. */
  url: string;
  /** `http://127.0.0.1:<port>`, the host's own origin. */
  origin: string;
  /** Ends open event streams and connections, stops watching the workspace and stops listening. */
  close(): Promise<void>;
}

/** The one loopback address the host listens on: never reachable from another machine. */
const LOOPBACK = '127.0.0.1';

/**
 * Serves the renderer and the host contract over HTTP on 127.0.0.1, for machines without the
 * desktop app and for the end-to-end tests.
 *
 * @remarks
 * Every request must address this host by name (`Host`, against DNS rebinding), may come only
 * from its own pages (`Origin`, against CSRF), and must carry the session cookie, which only a
 * GET with the per-launch secret of the printed address hands out. Calls are the same
 * dispatcher over the same workspace handlers as the desktop app's IPC.
 *
 * @example
 * ```ts
 * const host = await startBrowserHost({ workspace: 'examples', rendererDir: 'out/renderer', appDataDir, version: '0.1.0' });
 * console.log(host.url);
 * ```
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = createSessionSecret();
  const events = new EventStreams();
  const folders = { logsDir: options.logsDir ?? join(options.appDataDir, 'logs'), documentationDir: options.documentationDir ?? PROJECT_DOCS_DIR };
  const log = openSupportLog({ dir: folders.logsDir, host: 'browser-host', start: { version: options.version } });
  const workspace = createWorkspaceHandlers({
    root: options.workspace,
    appDataDir: options.appDataDir,
    builtinTemplates: builtinTemplatesIn,
    appVersion: options.version,
    emit: (name, payload) => events.send(name, payload),
    tenantFetch: withTenantRequestLog(globalThis.fetch, log),
    // The page opens the tenant's sign-in page, which sends the browser back to this host's own redirect route.
    signIn: { kind: 'page', redirectUri: () => `http://${LOOPBACK}:${port}${REDIRECT_PATH}` },
    onWatchError: (error) => reportInternal('watching the workspace folder (changes made by other programs now show only on refresh)', error),
  });
  const loggedWorkspaceHandlers = withHostCallLog(workspace.handlers, log);
  // The same folder the handlers serve, for the pack downloads that stand in for "Show in folder".
  const root = new WorkspaceRoot(options.workspace);
  let port = 0;

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    if (!isOwnHost(request, port)) return sendText(response, 421, 'This host answers only to 127.0.0.1 and localhost.');
    if (!isOwnOrigin(request)) return sendText(response, 403, 'Requests from other sites are refused.');
    const target = request.url ?? '';
    // Only origin-form targets ("/path?query"); anything else is not meant for this server.
    if (!target.startsWith('/')) return sendText(response, 400, 'Bad request target.');
    const url = new URL(`http://${LOOPBACK}${target}`);

    const offeredSecret = url.searchParams.get('secret');
    if (url.pathname === '/' && offeredSecret !== null && (request.method === 'GET' || request.method === 'HEAD')) {
      return exchangeSecret(response, secret, offeredSecret, port);
    }
    // The tenant sends the browser back here: no cookie is needed, the answer's state must match a sign-in in progress.
    if (url.pathname === REDIRECT_PATH && request.method === 'GET') {
      const done = await workspace.completeSignIn(url).then(
        () => true,
        () => false,
      );
      response.writeHead(done ? 200 : 400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(signInBackPage(request.headers['accept-language'], done ? 'done' : 'failed'));
      return;
    }
    if (!matchesSecret(secret, readCookie(request.headers.cookie, sessionCookieName(port)))) {
      return sendText(response, 401, 'Open the address Flowpack Studio printed when it started (it carries the session secret).');
    }

    if (url.pathname.startsWith(HTTP_CALL_PREFIX)) {
      const ownHandlers = withHostCallLog(createBrowserOwnHandlers(options.version, request.headers['accept-language'], folders), log);
      const handlers: HostHandlers = { ...loggedWorkspaceHandlers, ...ownHandlers };
      return handleCallRequest(request, response, url.pathname.slice(HTTP_CALL_PREFIX.length), handlers, reportInternal);
    }
    if (url.pathname.startsWith(HTTP_DOWNLOAD_PREFIX)) {
      return serveWorkspaceDownload(request, response, root, url.pathname.slice(HTTP_DOWNLOAD_PREFIX.length));
    }
    if (url.pathname === HTTP_EVENTS_PATH) {
      if (request.method !== 'GET') return sendText(response, 405, 'Events are read with GET.');
      return events.open(response);
    }
    return serveStaticFile(request, response, options.rendererDir, url.pathname);
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      // The path only: the query of the first request is the secret.
      reportInternal(`${request.method} ${request.url?.split('?')[0]}`, error);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    events.close();
    workspace.close();
    throw error;
  }

  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: `${origin}/?secret=${secret}`,
    origin,
    close: async () => {
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      workspace.close();
      await log.flushed();
    },
  };
}

/**
 * The first request, from the printed address: the right secret is exchanged for the session
 * cookie and a redirect to `/`, so the secret leaves the address bar and the history entry.
 */
function exchangeSecret(response: ServerResponse, secret: string, offered: string, port: number): void {
  if (!matchesSecret(secret, offered)) {
    return sendText(response, 401, 'This address has an old or wrong secret: open the one Flowpack Studio printed when it started.');
  }
  response.writeHead(303, { Location: '/', 'Set-Cookie': sessionCookieHeader(port, secret), 'Cache-Control': 'no-store' });
  response.end();
}

/** Listens on 127.0.0.1 only and resolves with the port actually taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A handler failed in a way it did not mean to: the renderer gets INTERNAL, the terminal the details. */
function reportInternal(what: string, error: unknown): void {
  console.error(`Flowpack Studio: ${what} failed unexpectedly:`, error);
}
