import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HostError } from '../../shared/host/host-error';
import { MAX_PACK_BYTES } from '../../shared/host/pack-calls';
import { isWorkspacePath, PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import type { WorkspaceRoot } from '../services/workspace-root';
import { sendText } from './http-responses';

/**
 * Answers `GET <prefix><workspace path>` with a pack file of the workspace as a download, the
 * browser's stand-in for the desktop's "Show in folder": the page cannot reach the disk.
 *
 * @remarks
 * Only pack files, only inside the workspace (the root refuses `..`, symbolic links that lead
 * out and the state folder), never a flow or anything else the host can read; the caller has
 * already checked the session. `encodedPath` is the part of the address after the prefix.
 */
export async function serveWorkspaceDownload(request: IncomingMessage, response: ServerResponse, root: WorkspaceRoot, encodedPath: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Downloads are read with GET.');
  let path: string;
  try {
    path = encodedPath.split('/').map(decodeURIComponent).join('/');
  } catch {
    return sendText(response, 400, 'Bad download address.');
  }
  if (!isWorkspacePath(path) || path === '' || !path.endsWith(PACK_FILE_SUFFIX)) return sendText(response, 404, 'Only pack files of the workspace are downloaded.');
  let absolute: string;
  try {
    absolute = await root.resolve(path);
  } catch (error) {
    if (error instanceof HostError) return sendText(response, 404, 'Only pack files of the workspace are downloaded.');
    throw error;
  }
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) return sendText(response, 404, `"${path}" is not in the workspace.`);
  if (info.size > MAX_PACK_BYTES) return sendText(response, 413, `"${path}" is larger than a pack may be.`);
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  response.writeHead(200, {
    // A pack is JSON, but served as a file to save, never shown or run by the page.
    'Content-Type': 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Disposition': `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') return void response.end();
  await new Promise<void>((resolve, reject) => {
    createReadStream(absolute).on('error', reject).pipe(response).on('finish', resolve).on('error', reject);
  });
}

/** The file name for browsers that ignore `filename*`: ASCII only, without quotes or backslashes. */
function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
