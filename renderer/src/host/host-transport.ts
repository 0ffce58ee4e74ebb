import type { ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { HOST_EVENTS } from '../../../shared/host/host-events';
import { HTTP_CALL_PREFIX, HTTP_EVENTS_PATH } from '../../../shared/host/transport';

/**
 * A call's answer as it arrives; `code` may also be TRANSPORT when the host was not reached.
 * `diagnostics`: a tenant's findings when it refused something as invalid (see hostErrorSchema).
 */
export type WireResponse = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string; diagnostics?: ReportedDiagnostic[] } };

/**
 * How the host client reaches its host. The desktop preload's bridge (HostBridge) already
 * has this shape; the browser host gets an HTTP adapter with the same two methods.
 */
export interface HostTransport {
  call(name: string, args: unknown): Promise<WireResponse>;
  /** Subscribes to a host event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The part of EventSource the HTTP transport uses (so tests can pass a fake). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export interface HttpTransportOptions {
  fetch: typeof fetch;
  openEventSource: (url: string) => EventSourceLike;
}

/**
 * The browser host's transport: `POST /api/call/<name>` with the arguments as JSON (the
 * session cookie rides along), and one shared EventSource on `/api/events`, opened on the
 * first subscription. Both named SSE events (`event: workspace:changed`) and unnamed ones
 * carrying `{ event, payload }` are understood.
 */
export function httpTransport(options: HttpTransportOptions): HostTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSourceLike | null = null;

  const deliver = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const ensureSource = () => {
    if (source) return;
    source = options.openEventSource(HTTP_EVENTS_PATH);
    for (const name of Object.keys(HOST_EVENTS)) {
      source.addEventListener(name, (message) => {
        const data = parseJson(message.data);
        if (data !== undefined) deliver(name, data);
      });
    }
    source.addEventListener('message', (message) => {
      const data = parseJson(message.data);
      if (isRecord(data)) {
        const name = typeof data.event === 'string' ? data.event : typeof data.name === 'string' ? data.name : undefined;
        if (name !== undefined) deliver(name, data.payload);
      }
    });
  };

  return {
    async call(name, args) {
      let response: Response;
      try {
        response = await options.fetch(HTTP_CALL_PREFIX + name, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        return transportFailure(`the host did not answer (${error instanceof Error ? error.message : String(error)})`);
      }
      const body = parseJson(await response.text().catch(() => ''));
      if (isHostResponse(body)) return body;
      return transportFailure(`the host answered ${response.status} ${response.statusText}`.trim());
    },
    on(event, listener) {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}

function transportFailure(message: string): WireResponse {
  return { ok: false, error: { code: 'TRANSPORT', message } };
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string' || data === '') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isHostResponse(value: unknown): value is WireResponse {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'result' in value;
  return value.ok === false && isRecord(value.error) && typeof value.error.code === 'string';
}
