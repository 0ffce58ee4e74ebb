// Timers exist in every host this code runs in (Node, Electron, browsers); shared/ compiles without DOM
// or Node types, so the two signatures used are declared here. Tests inject a fake clock instead.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/** Time as the client sees it: injectable so tests run retries, backoff and timeouts without waiting. */
export interface TenantClock {
  /** Milliseconds since the epoch (used to read an HTTP-date Retry-After). */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

/** The host's real clock. */
export const systemClock: TenantClock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

/** Thrown by {@link sleep} when the signal aborts first. */
export class SleepCancelled extends Error {
  constructor() {
    super('The wait was cancelled.');
    this.name = 'SleepCancelled';
  }
}

/** Waits `ms` on `clock`; rejects with {@link SleepCancelled} as soon as `signal` aborts (a cancel during backoff). */
export function sleep(ms: number, clock: TenantClock, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SleepCancelled());
      return;
    }
    const onAbort = () => {
      cancelTimer();
      reject(new SleepCancelled());
    };
    const cancelTimer = clock.setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
