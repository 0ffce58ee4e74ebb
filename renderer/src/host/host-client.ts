import { HOST_ERROR_CODES, HOST_EVENTS } from '../../../shared/host/host-events';
import type { HostArgs, HostCallName, HostEvent, HostEventName, HostResult } from '../../../shared/host/contract';
import { HOST_BRIDGE_GLOBAL } from '../../../shared/host/transport';
import type { HostBridge } from '../../../shared/host/transport';
import { HostCallError } from './host-call-error';
import type { HostCallErrorCode } from './host-call-error';
import { httpTransport } from './host-transport';
import type { HostTransport } from './host-transport';

/**
 * The renderer's one way to its host, typed by the host contract. Every other renderer
 * module calls `hostClient`; this module (with host-transport.ts) is the only code that
 * touches `window.flowpackHost` or the browser host's HTTP endpoints.
 */
export interface HostClient {
  /** Runs a call; resolves with its result or rejects with a {@link HostCallError}. */
  call<K extends HostCallName>(name: K, args: HostArgs<K>): Promise<HostResult<K>>;
  /**
   * Subscribes to a host event; returns the unsubscribe function. Payloads that do not match
   * the contract are dropped rather than handed to UI code.
   */
  on<E extends HostEventName>(event: E, listener: (payload: HostEvent<E>) => void): () => void;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...HOST_ERROR_CODES, 'TRANSPORT']);

/** A client over a given transport (tests pass a fake bridge). */
export function createHostClient(transport: HostTransport): HostClient {
  return {
    async call(name, args) {
      let response;
      try {
        response = await transport.call(name, args);
      } catch (error) {
        throw new HostCallError('TRANSPORT', error instanceof Error ? error.message : String(error), name);
      }
      if (response.ok) return response.result as HostResult<typeof name>;
      const code = (KNOWN_CODES.has(response.error.code) ? response.error.code : 'INTERNAL') as HostCallErrorCode;
      throw new HostCallError(code, response.error.message, name, response.error.diagnostics ?? []);
    },
    on(event, listener) {
      return transport.on(event, (payload) => {
        // Read on delivery: an event's schema is built when the first one arrives (host-events.ts).
        const parsed = HOST_EVENTS[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as HostEvent<typeof event>);
      });
    },
  };
}

/** The desktop bridge when the preload installed one, else HTTP to the browser host that served this page. */
export function detectTransport(scope: typeof globalThis = globalThis): HostTransport {
  const bridge = (scope as unknown as Record<string, HostBridge | undefined>)[HOST_BRIDGE_GLOBAL];
  if (bridge && typeof bridge.call === 'function' && typeof bridge.on === 'function') return bridge;
  return httpTransport({
    fetch: (input, init) => scope.fetch(input, init),
    openEventSource: (url) => new EventSource(url, { withCredentials: true }),
  });
}

let defaultClient: HostClient | null = null;

/** The application's host client, created on first use from {@link detectTransport}. */
export const hostClient: HostClient = {
  call: (name, args) => (defaultClient ??= createHostClient(detectTransport())).call(name, args),
  on: (event, listener) => (defaultClient ??= createHostClient(detectTransport())).on(event, listener),
};
