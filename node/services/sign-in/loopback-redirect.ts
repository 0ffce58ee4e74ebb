import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signInBackPage } from './back-page';

/** The path the tenant's provider registers for the editor (any loopback port, RFC 8252 section 7.3). */
export const REDIRECT_PATH = '/callback';


export interface LoopbackRedirect {
  /** `http://127.0.0.1:<port>/callback`. */
  redirectUri: string;
  close(): Promise<void>;
}

/**
 * The desktop app's redirect address for one sign-in: a server on 127.0.0.1 on a free port
 * (RFC 8252 section 7.3), handing each answer at the redirect path to `onAnswer`, which checks
 * its state. It answers nothing else and listens only until closed.
 */
export async function startLoopbackRedirect(onAnswer: (answer: URL) => Promise<unknown>): Promise<LoopbackRedirect> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== REDIRECT_PATH) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.');
      return;
    }
    const language = request.headers['accept-language'];
    onAnswer(url).then(
      () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(signInBackPage(language, 'done')),
      () => response.writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(signInBackPage(language, 'failed')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}${REDIRECT_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
