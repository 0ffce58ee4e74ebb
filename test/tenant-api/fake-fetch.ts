import type { TenantClock } from '../../shared/tenant-api/http/clock';
import type { TenantFetch, TenantFetchInit, TenantFetchResponse } from '../../shared/tenant-api/http/fetch-port';

/** What the fake server does with one request. */
export type FakeAnswer =
  /** An HTTP answer; an object body is sent as JSON, a string as it is. */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Fetch itself throws (connection refused, dropped, DNS...). */
  | { throws: unknown }
  /** Headers arrive, then the connection drops while the body is read. */
  | { status: number; dropsBody: true }
  /** A progress stream: the text arrives in pieces of `pieceBytes` bytes, cut anywhere (inside a line, inside a character). */
  | { status: number; stream: string; pieceBytes: number }
  /** No answer; rejects like a real fetch when its signal aborts. */
  | 'hang'
  /** No answer, and the signal is ignored (a stuck fetch implementation). */
  | 'hang-ignoring-signal';

export interface FakeCall {
  url: string;
  init: TenantFetchInit;
  /** The clock's time when the request was sent. */
  at: number;
}

/** A fetch that answers from a script, one answer per request, and records every request. */
export function scriptedFetch(clock: TenantClock, script: readonly FakeAnswer[]): { fetch: TenantFetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetch: TenantFetch = (url, init) => {
    calls.push({ url, init, at: clock.now() });
    const answer = script[calls.length - 1];
    if (answer === undefined) return Promise.reject(new Error(`unexpected request #${calls.length}: the script has ${script.length}`));
    return answerWith(answer, init);
  };
  return { fetch, calls };
}

function answerWith(answer: FakeAnswer, init: TenantFetchInit): Promise<TenantFetchResponse> {
  if (answer === 'hang-ignoring-signal') return new Promise(() => undefined);
  if (answer === 'hang') {
    return new Promise((_resolve, reject) => {
      init.signal.addEventListener('abort', () => reject(Object.assign(new Error('This operation was aborted'), { name: 'AbortError' })), { once: true });
    });
  }
  if ('throws' in answer) return Promise.reject(answer.throws);
  const headers = new Headers('headers' in answer ? answer.headers : undefined);
  if ('dropsBody' in answer) {
    const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    return Promise.resolve({ status: answer.status, headers, text: () => Promise.reject(new TypeError('terminated', { cause })) });
  }
  if ('stream' in answer) {
    const bytes = new TextEncoder().encode(answer.stream);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += answer.pieceBytes) controller.enqueue(bytes.slice(at, at + answer.pieceBytes));
        controller.close();
      },
    });
    headers.set('content-type', 'application/x-ndjson');
    return Promise.resolve({ status: answer.status, headers, body, text: () => new Response(body).text() });
  }
  const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return Promise.resolve({ status: answer.status, headers, text: () => Promise.resolve(text) });
}

/** The error Node's fetch throws when a connection is refused. */
export function connectionRefused(): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8787'), { code: 'ECONNREFUSED' }) });
}
