// The tenant client never touches a global fetch: the host injects one (Node's fetch in the CLI, the fetch of an
// Electron session in main, which follows the system proxy), so `createTenantHttp({ fetch })` accepts either as is.

declare global {
  // shared/ compiles without DOM or Node types. Declaring the members the client uses as a global interface
  // merges with the real AbortSignal wherever one exists (Node, Electron, DOM), so a signal made here is the
  // type a real fetch expects, while shared/'s own type check sees only these members.
  interface AbortSignal {
    readonly aborted: boolean;
    addEventListener(type: 'abort', listener: (event: unknown) => void, options?: { once?: boolean }): void;
    removeEventListener(type: 'abort', listener: (event: unknown) => void): void;
  }
}

/** What the client passes to fetch: always a plain header record and, when there is a body, JSON text. */
export interface TenantFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborted on the per-attempt timeout and on the caller's cancellation. */
  signal: AbortSignal;
  /** Redirects are never followed: they would carry the bearer token to an address the user did not give. */
  redirect: 'manual';
}

/** The part of a fetch Response body a progress stream is read through (a WHATWG ReadableStream). */
export interface TenantFetchBody {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> };
}

/** The part of a fetch Response the client reads. */
export interface TenantFetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** Read only for a progress stream (progress-reader.ts); every real fetch has it. */
  readonly body?: TenantFetchBody | null;
}

/** A fetch function: `globalThis.fetch` in Node, a session's `fetch` in Electron main, or a fake in tests. */
export type TenantFetch = (url: string, init: TenantFetchInit) => Promise<TenantFetchResponse>;
