import { PROGRESS_STREAM_TYPE } from '../../shared/tenant-api/progress-stream';
import type { TestServer } from './test-server';

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  /** The parsed JSON body, typed as the test expects it (the contract check has validated it). */
  body: T;
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Calls the server over real HTTP and checks every answer against its OpenAPI document, so
 * each test is also a contract test of the responses it sees.
 */
export function apiClient(server: TestServer) {
  return async function call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(server.url + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    const text = await response.text();
    const mediaType = response.headers.get('content-type')?.split(';')[0] ?? 'application/json';
    if (mediaType === PROGRESS_STREAM_TYPE) {
      // A progress stream: one JSON value per line, each checked; the body is the list of lines.
      const lines: unknown[] = text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
      for (const line of lines) server.contract.check(method, path, response.status, line, mediaType);
      return { status: response.status, headers: response.headers, body: lines as T };
    }
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    server.contract.check(method, path, response.status, body);
    return { status: response.status, headers: response.headers, body: body as T };
  };
}
