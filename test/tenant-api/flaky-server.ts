import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the flaky server does with one request, in order; when none are left it answers properly. */
export type Fault =
  /** Drops the connection before doing anything. */
  | 'drop-before'
  /** Answers 503 Service Unavailable (optionally asking for a Retry-After in seconds). */
  | { unavailable: { retryAfter?: string } }
  /** Applies the import, then drops the connection: the client never hears it succeeded. */
  | 'drop-after-apply'
  /** Applies the import and starts the answer, then drops the connection halfway through the body. */
  | 'drop-mid-body';

/** One import the server created; repeats of its Idempotency-Key get this same result. */
export interface ImportResult {
  importId: string;
  flows: number;
}

export interface FlakyImportServer {
  baseUrl: string;
  /** Every request received, with what the server did. */
  readonly requests: { method: string; path: string; idempotencyKey: string | undefined; did: string }[];
  /** Imports actually created: the number a retried upload must keep at one. */
  readonly created: ImportResult[];
  close(): Promise<void>;
}

/**
 * A stand-in for the tenant's `POST /v1/imports` on 127.0.0.1 (port 0) that fails on purpose: it drops
 * connections and answers 503 as scripted, and keeps the tenant API's promise that one Idempotency-Key is
 * applied once (a key without one is applied every time, as a server could not tell the repeat apart).
 */
export async function startFlakyImportServer(token: string, faults: Fault[]): Promise<FlakyImportServer> {
  const requests: FlakyImportServer['requests'] = [];
  const created: ImportResult[] = [];
  const byKey = new Map<string, ImportResult>();

  const apply = (key: string | undefined, body: { flows?: unknown[] }): ImportResult => {
    const known = key === undefined ? undefined : byKey.get(key);
    if (known) return known;
    const result = { importId: randomUUID(), flows: body.flows?.length ?? 0 };
    created.push(result);
    if (key !== undefined) byKey.set(key, result);
    return result;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await readBody(req);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const log = (did: string) => requests.push({ method: req.method ?? '', path: req.url ?? '', idempotencyKey, did });
    if (req.headers.authorization !== `Bearer ${token}`) return log('401'), sendJson(res, 401, { code: 'UNAUTHENTICATED', message: 'no valid token' });
    if (req.method !== 'POST' || req.url !== '/v1/imports') return log('404'), sendJson(res, 404, { code: 'NOT_FOUND', message: 'no such route' });

    const fault = faults.shift();
    if (fault === 'drop-before') return log('dropped before applying'), req.socket.destroy();
    if (typeof fault === 'object') {
      log('503');
      const { retryAfter } = fault.unavailable;
      const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': retryAfter };
      return sendJson(res, 503, { code: 'UNAVAILABLE', message: 'try again shortly' }, headers);
    }
    const result = apply(idempotencyKey, JSON.parse(text) as { flows?: unknown[] });
    if (fault === 'drop-after-apply') return log('applied, then dropped'), req.socket.destroy();
    if (fault === 'drop-mid-body') {
      log('applied, dropped mid-answer');
      const answer = JSON.stringify(result);
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': String(answer.length) });
      res.write(answer.slice(0, 5));
      // Let the head and the first bytes leave before the connection goes.
      return setTimeout(() => req.socket.destroy(), 20);
    }
    log('201');
    sendJson(res, 201, result);
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    created,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
