import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../node/browser-host/http-responses';
import { mimeTypeFor, resolveStaticFile } from '../../node/browser-host/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Headers on every answer of the app protocol, whatever it is. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // The same policy as the browser host and the page's own meta tag; as a header it also
  // covers what a meta tag cannot (frame-ancestors) and every response, not only the page.
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/**
 * The handler behind `protocol.handle('app', ...)`: answers `app://flowpack/<path>` with the
 * file of that name in the built renderer folder, and nothing else.
 *
 * @remarks
 * Only GET and HEAD, only the `flowpack` host. The path is resolved by the browser host's
 * `resolveStaticFile`, which percent-decodes before checking and follows symbolic links, so
 * no spelling of `..` and no link leads out of `rendererDir`. It imports no electron (it uses
 * the global `Request`/`Response`), so it is tested in plain Node.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed.', { Allow: 'GET, HEAD' });

    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (file === undefined) return textResponse(404, 'Not found.');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file), 'Content-Length': String(body.length), 'Cache-Control': 'no-cache' },
    });
  };
}
