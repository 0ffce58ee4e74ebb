// Test support for the browser host's tests: a temporary workspace and renderer, and raw HTTP
// requests with full control of Host, Origin and the request target (fetch forbids setting Host).
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeFlow } from '../../shared/format/flow-file';
import { startBrowserHost } from './browser-host';
import type { BrowserHost } from './browser-host';
import { createFlow } from '../../shared/catalog/create-flow';

export const TEST_FLOW_PATH = 'sales/welcome.flow.json';
export const TEST_FLOW_ID = '0b8f2f0e-6a53-4c57-9a3e-2f2b3c4d5e6f';

/** A running host over a temporary workspace holding one flow, with a built-looking renderer folder. */
export interface TestHost {
  host: BrowserHost;
  port: number;
  workspace: string;
  /** The `Cookie` header value the secret exchange hands out. */
  cookie: string;
  stop(): Promise<void>;
}

export async function startTestHost(options: { withRenderer?: boolean } = {}): Promise<TestHost> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-browser-host-')));
  const workspace = join(base, 'workspace');
  const rendererDir = join(base, 'renderer');
  await mkdir(join(workspace, 'sales'), { recursive: true });
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(workspace, TEST_FLOW_PATH), serializeFlow(createFlow({ profile: 'conversations', name: 'Welcome', id: TEST_FLOW_ID })));
  if (options.withRenderer !== false) {
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Flowpack Studio</title>');
    await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
  }
  const host = await startBrowserHost({ workspace, rendererDir, appDataDir: join(base, 'app-data'), version: '9.9.9', port: 0 });
  const port = Number(new URL(host.origin).port);
  const exchange = await send(port, { path: new URL(host.url).pathname + new URL(host.url).search });
  const cookie = String(exchange.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  return {
    host,
    port,
    workspace,
    cookie,
    stop: async () => {
      await host.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

export interface SentRequest {
  method?: string;
  /** The raw request target, sent as is (no normalisation of `..`). */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Defaults to `127.0.0.1:<port>`. */
  host?: string;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends one request to 127.0.0.1:<port> and reads the whole answer. */
export function send(port: number, request: SentRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { Host: request.host ?? `127.0.0.1:${port}`, ...request.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** A host call as the renderer makes it: POST, JSON, same origin, with the session cookie. */
export async function call(test: TestHost, name: string, args: unknown = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return send(test.port, {
    method: 'POST',
    path: `/api/call/${encodeURIComponent(name)}`,
    headers: { 'Content-Type': 'application/json', Origin: test.host.origin, Cookie: test.cookie, ...headers },
    body: JSON.stringify(args),
  });
}
