import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { sendText } from './http-responses';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type for a file name; unknown kinds are plain bytes (with nosniff, never run as script). */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

const BUILD_MISSING_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Flowpack Studio</title>' +
  '<p>The editor is not built yet: run <code>npm run build:renderer</code>, then reload this page.</p>\n';

/**
 * Resolves a URL path to a file inside `root`, or undefined when it names anything outside it.
 * The path is percent-decoded before the check, so `/..%2f..%2fetc/passwd` is caught as the
 * `..` it decodes to; symlinks are resolved, so a link out of the folder does not lead out either.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = await realpath(root).catch(() => resolve(root));
  const candidate = resolve(realRoot, relativePath);
  if (!isInside(realRoot, candidate)) return undefined;
  const realCandidate = await realpath(candidate).catch(() => undefined);
  if (realCandidate === undefined || !isInside(realRoot, realCandidate)) return undefined;
  const info = await stat(realCandidate).catch(() => undefined);
  return info?.isFile() ? realCandidate : undefined;
}

function isInside(root: string, candidate: string): boolean {
  const path = relative(root, candidate);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}

/**
 * Serves the renderer bundle from `rootDir` (GET and HEAD only), or a one-line page saying how
 * to build it when it is missing.
 */
export async function serveStaticFile(request: IncomingMessage, response: ServerResponse, rootDir: string, urlPath: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed.');
    return;
  }
  const file = await resolveStaticFile(rootDir, urlPath);
  if (file === undefined) {
    if (urlPath === '/' || urlPath === '/index.html') {
      sendPage(response, request, 503, Buffer.from(BUILD_MISSING_PAGE, 'utf8'), 'text/html; charset=utf-8', 'no-store');
      return;
    }
    sendText(response, 404, 'Not found.');
    return;
  }
  const body = await readFile(file);
  const contentType = mimeTypeFor(file);
  sendPage(response, request, 200, body, contentType, cacheControlFor(urlPath, contentType));
}

/** Pages are never stored, so a rebuilt renderer shows on reload; bundle names carry a content hash, so they may be kept. */
function cacheControlFor(urlPath: string, contentType: string): string {
  if (contentType.startsWith('text/html')) return 'no-store';
  return urlPath.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache';
}

function sendPage(response: ServerResponse, request: IncomingMessage, status: number, body: Buffer, contentType: string, cacheControl: string): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length, 'Cache-Control': cacheControl });
  response.end(request.method === 'HEAD' ? undefined : body);
}
