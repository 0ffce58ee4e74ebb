import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { TenantClock } from '../../shared/tenant-api/http/clock';

interface PendingTimer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * A clock for the tenant client whose time moves only when the test says, so retries, backoff and timeouts
 * are tested exactly and instantly. `settle` runs a promise to completion by jumping from timer to timer.
 */
export class FakeClock implements TenantClock {
  private time = 1_000_000;
  private order = 0;
  private timers: PendingTimer[] = [];

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, order: this.order++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Timers not yet fired or cancelled (a finished request leaves none). */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time to `at`, firing every timer due by then in order. */
  async advanceTo(at: number): Promise<void> {
    for (;;) {
      await flush();
      const due = this.timers.filter((t) => t.at <= at).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = Math.max(this.time, at);
    await flush();
  }

  /** Runs `promise` to completion, firing timers one by one whenever it is waiting on one. */
  async settle<T>(promise: Promise<T>): Promise<T> {
    let done = false;
    const tracked = promise.finally(() => (done = true));
    tracked.catch(() => undefined);
    for (let steps = 0; steps < 1000; steps++) {
      await flush();
      if (done) return tracked;
      const next = [...this.timers].sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) throw new Error('FakeClock.settle: the promise waits on something other than a timer');
      await this.advanceTo(next.at);
    }
    throw new Error('FakeClock.settle: still running after 1000 timers');
  }
}

/** Lets every queued promise callback run (a macrotask turn, so chains of awaits finish). */
async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextMacrotask();
}
