import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A web page on another origin than the host's (another port on 127.0.0.1). */
export interface ForeignSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves one HTML page at `/` from another port of 127.0.0.1. Another port is another origin but
 * the same site, so the browser still sends the host's SameSite=Strict cookie: only the host's
 * Origin check stands between such a page and the workspace.
 */
export async function startForeignSite(html: string): Promise<ForeignSite> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
