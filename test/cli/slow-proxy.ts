import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forward, readBody } from '../../server/test/flaky-proxy';

/** A proxy in front of a tenant server that holds chosen requests back before passing them on. */
export interface SlowProxy {
  url: string;
  /** The server requests go to; set once it listens (it may need the proxy's address first, as its public one). */
  target: string | undefined;
  /** Holds back the requests `picks` chooses by `delayMs` from now on; each one held back is counted in `held`. */
  slowDown(picks: (method: string, path: string) => boolean, delayMs: number): void;
  /** Method and path of each request held back since {@link SlowProxy.slowDown}. */
  readonly held: string[];
  close(): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 that makes some requests slow on purpose, so that two clients' requests
 * overlap every time instead of when the machine's timing happens to allow it.
 */
export async function startSlowProxy(): Promise<SlowProxy> {
  let slow: { picks: (method: string, path: string) => boolean; delayMs: number } | undefined;
  const proxy: SlowProxy = {
    url: '',
    target: undefined,
    held: [],
    slowDown: (picks, delayMs) => {
      slow = { picks, delayMs };
    },
    close: async () => undefined,
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    if (slow?.picks(method, path)) {
      proxy.held.push(`${method} ${path}`);
      await new Promise((resolve) => setTimeout(resolve, slow!.delayMs));
    }
    // The proxy is the server's public address: the server builds its redirects from the Host it is sent.
    const answer = await forward(new URL(proxy.target!), req, body, req.headers.host);
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => req.socket.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
