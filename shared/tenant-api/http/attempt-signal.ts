import type { TenantClock } from './clock';

// AbortController exists in every host this code runs in; shared/ compiles without DOM or Node types.
declare const AbortController: new () => { readonly signal: AbortSignal; abort(): void };

/** Why an attempt was stopped before it finished. */
export type AttemptStop = 'timeout' | 'cancelled';

/** The abort signal of one attempt: fires on the per-attempt timeout or the caller's cancellation. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Settles when the attempt is stopped, so work that ignores the signal (a fake or stuck fetch) is raced, not awaited forever. */
  readonly stopped: Promise<AttemptStop>;
  /** Why the attempt was stopped, once it was. */
  reason(): AttemptStop | undefined;
  /** Releases the timer and the listener on the caller's signal; call when the attempt ends either way. */
  dispose(): void;
}

/**
 * Starts the signal of one attempt: a fresh controller per attempt, so a timed-out attempt never poisons the
 * next one, linked to the caller's signal so a cancel stops the attempt at once.
 */
export function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number, clock: TenantClock): AttemptSignal {
  const controller = new AbortController();
  let why: AttemptStop | undefined;
  let announce: (stop: AttemptStop) => void = () => undefined;
  const stopped = new Promise<AttemptStop>((resolve) => (announce = resolve));

  const stop = (stopReason: AttemptStop) => {
    if (why) return;
    why = stopReason;
    controller.abort();
    announce(stopReason);
  };
  const onCallerAbort = () => stop('cancelled');
  const cancelTimer = clock.setTimer(() => stop('timeout'), timeoutMs);
  if (callerSignal?.aborted) stop('cancelled');
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    stopped,
    reason: () => why,
    dispose() {
      cancelTimer();
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
