import type { z } from 'zod';
import { parseJson } from '../../json/parse-json';
import { isRecord } from '../../format/json-paths';
import { PROGRESS_STREAM_TYPE } from '../progress-stream';
import type { TenantFetchBody } from './fetch-port';

/** What a request that follows progress gives the transport: each report's schema and who hears it. */
export interface ProgressListener {
  schema: z.ZodType;
  onProgress: (event: unknown) => void;
}

/** How a progress stream ended: its result's JSON, the error line as an error answer, or not as the format promises. */
export type StreamEnd =
  | { end: 'result'; value: unknown }
  | { end: 'error'; status: number; bodyText: string }
  | { end: 'cut' }
  | { end: 'malformed'; issue: string };

// TextDecoder is in every host the client runs in (Node, Electron, browsers); shared/ compiles without DOM or Node types.
type Utf8Decoder = { decode(bytes?: Uint8Array, options?: { stream: boolean }): string };
const { TextDecoder } = globalThis as unknown as { TextDecoder: new () => Utf8Decoder };

/** True when a 2xx answer is a progress stream rather than the route's plain JSON. */
export function isProgressStream(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === PROGRESS_STREAM_TYPE;
}

/**
 * Reads a progress stream line by line as it arrives: each progress report the listener's
 * schema accepts goes to it at once (one it does not understand, from a newer server, is
 * passed over: the work goes on either way), and the stream's last line is its outcome. A
 * stream that ends without one was cut (a dropped connection or a server that died): the
 * caller treats that as a network failure, which a request with an Idempotency-Key retries.
 */
export async function readProgressStream(body: TenantFetchBody, listener: ProgressListener): Promise<StreamEnd> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  const take = (line: string): StreamEnd | undefined => {
    if (line.trim() === '') return undefined;
    const parsed = parseJson(line);
    if (!parsed.ok) return { end: 'malformed', issue: `a line is not JSON: ${parsed.message}` };
    const value = parsed.value as { type?: unknown };
    if (value?.type === 'progress') {
      const progress = listener.schema.safeParse((value as { progress?: unknown }).progress);
      if (progress.success) listener.onProgress(progress.data);
      return undefined;
    }
    if (value?.type === 'result' && 'result' in value) return { end: 'result', value: value.result };
    // Read leniently, as a plain error answer is: a newer server's extra fields do not hide the error.
    const error = value as { type?: unknown; status?: unknown; error?: unknown };
    if (error.type === 'error' && Number.isInteger(error.status) && isRecord(error.error)) {
      return { end: 'error', status: error.status as number, bodyText: JSON.stringify({ error: error.error }) };
    }
    return { end: 'malformed', issue: 'a line is neither progress nor a result nor an error' };
  };
  for (;;) {
    const { done, value } = await reader.read();
    pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = pending.split('\n');
    pending = done ? '' : lines.pop()!;
    for (const line of lines) {
      const end = take(line);
      if (end) {
        await reader.cancel().catch(() => undefined);
        return end;
      }
    }
    if (done) return { end: 'cut' };
  }
}
