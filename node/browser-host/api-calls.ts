import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostHandlers } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { sendJson, sendText } from './http-responses';

/** The largest call body accepted: a 50 MB flow (the contract's limit) plus room for JSON escaping. */
export const MAX_CALL_BODY_BYTES = 60 * 1024 * 1024;

/** A request that cannot be a call; answered with its HTTP status instead of a HostResponse. */
class CallRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Answers `POST /api/call/<name>`: the JSON body is the call's arguments, the answer is the
 * HostResponse from the same dispatcher the desktop IPC uses, with status 200 even for handled
 * errors (`ok: false`). Only requests that are not calls at all get an HTTP error status.
 */
export async function handleCallRequest(
  request: IncomingMessage,
  response: ServerResponse,
  encodedName: string,
  handlers: HostHandlers,
  reportInternal: (name: string, error: unknown) => void,
): Promise<void> {
  try {
    const name = decodeCallName(encodedName);
    checkCallRequest(request);
    const args = parseJsonBody(await readBody(request, MAX_CALL_BODY_BYTES));
    sendJson(response, 200, await dispatchHostCall(handlers, name, args, reportInternal));
  } catch (error) {
    if (!(error instanceof CallRefused)) throw error;
    if (error.status === 405) response.setHeader('Allow', 'POST');
    // Stop reading a body we refused; the client sees the answer before it finishes sending.
    if (error.status === 413) response.setHeader('Connection', 'close');
    sendText(response, error.status, error.message);
  }
}

function decodeCallName(encodedName: string): string {
  try {
    return decodeURIComponent(encodedName);
  } catch {
    throw new CallRefused(400, 'The call name is not valid percent-encoding.');
  }
}

function checkCallRequest(request: IncomingMessage): void {
  if (request.method !== 'POST') throw new CallRefused(405, 'Calls must be POST requests.');
  // A JSON content type cannot be sent by a plain HTML form or a "simple" cross-site fetch.
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') throw new CallRefused(415, 'Calls must have Content-Type: application/json.');
  const declaredLength = Number(request.headers['content-length'] ?? 0);
  if (declaredLength > MAX_CALL_BODY_BYTES) throw new CallRefused(413, 'The call is too large.');
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new CallRefused(413, 'The call is too large.'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJsonBody(body: Buffer): unknown {
  // An empty body is a call without arguments.
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new CallRefused(400, 'The call body is not valid JSON.');
  }
}
