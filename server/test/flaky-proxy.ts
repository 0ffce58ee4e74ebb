import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with one request, in order; when none are left it passes requests through.
 * - `drop-before`: drops the connection without forwarding.
 * - `unavailable`: answers 503 without forwarding.
 * - `drop-after`: forwards, lets the server answer, then drops the connection (the client never hears).
 * - `drop-mid-body`: forwards, then sends the head and a few bytes of the answer and drops.
 */
export type ProxyFault = 'drop-before' | 'unavailable' | 'drop-after' | 'drop-mid-body';

export interface FlakyProxy {
  url: string;
  /** Per request: method, path and what the proxy did. */
  readonly seen: { method: string; path: string; did: string }[];
  close(): Promise<void>;
}

/** The whole body of a request or an answer. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Sends a request on to `target` and reads its whole answer. `host` is the Host header it
 * carries: the target's unless told (a proxy that is the server's public address keeps its own,
 * which the server builds its redirects from).
 */
export function forward(target: URL, req: IncomingMessage, body: Buffer, host = target.host): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host };
    const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers }, (res) => {
      void readBody(res).then((answer) => resolve({ status: res.statusCode ?? 502, headers: res.headers as Record<string, string>, body: answer }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/**
 * A proxy on 127.0.0.1 in front of a real tenant server that fails on purpose on the requests
 * `faultsFor` picks (by method and path), so a client's retries meet real connection drops
 * and 503s while the server behind it keeps its own promises.
 */
export async function startFlakyProxy(targetUrl: string, faults: ProxyFault[], faultsFor: (method: string, path: string) => boolean): Promise<FlakyProxy> {
  const target = new URL(targetUrl);
  const seen: FlakyProxy['seen'] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = faultsFor(method, path) ? faults.shift() : undefined;
    seen.push({ method, path, did: fault ?? 'passed' });
    if (fault === 'drop-before') return req.socket.destroy();
    if (fault === 'unavailable') {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
      return res.end(JSON.stringify({ error: { code: 'internal', message: 'try again shortly' } }));
    }
    const answer = await forward(target, req, body);
    if (fault === 'drop-after') return req.socket.destroy();
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    if (fault === 'drop-mid-body') {
      res.write(answer.body.subarray(0, 5));
      // Let the head and the first bytes leave before the connection goes.
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    res.end(answer.body);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => req.socket.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
