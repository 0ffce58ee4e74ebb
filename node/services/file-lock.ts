import { lock } from 'proper-lockfile';
import { errorCode } from './host-fs-errors';

/** Options of {@link withFileLock}. */
export interface FileLockOptions {
  /** How long to wait for another process to let go before giving up with {@link FileLockBusy}. */
  waitMs: number;
  /**
   * A holder refreshes its lock while it lives (every half of this); a lock left unrefreshed this
   * long belonged to a process that died (crashed, killed) and is taken over. At least 2 s.
   */
  staleMs: number;
  /** What the lock guards, for the message when waiting fails ("the sign-in sessions file ..."). */
  what: string;
}

/** Another process held the lock for longer than the caller would wait. */
export class FileLockBusy extends Error {
  constructor(
    readonly what: string,
    readonly waitedMs: number,
  ) {
    super(`${what} was kept locked by another flowpack command for over ${Math.round(waitedMs / 1000)} s; try again when it has finished`);
    this.name = 'FileLockBusy';
  }
}

/** How often a waiter looks whether the lock came free: short, since holders keep it for one small task. */
const POLL_MS = 50;

/**
 * Runs `task` while holding a lock on `path` that every process using this function respects:
 * the lock is the folder `<path>.lock`, created in one step (so exactly one process makes it) and
 * removed when the task ends, and also when the process exits or is interrupted. A process
 * killed outright leaves it behind; it is taken over once it has gone `staleMs` unrefreshed.
 * Waiting is bounded by `waitMs`. The folder of `path` must exist; `path` itself need not.
 *
 * @remarks proper-lockfile does the locking: its freshness check (the lock's modification time,
 * refreshed by the holder) works across machines sharing a home folder, where a process id would not.
 */
export async function withFileLock<T>(path: string, task: () => Promise<T>, options: FileLockOptions): Promise<T> {
  const release = await acquire(path, options);
  try {
    return await task();
  } finally {
    // A lock already taken over (the holder stalled past `staleMs`, say a laptop asleep) is no longer ours to remove.
    await release().catch(() => undefined);
  }
}

async function acquire(path: string, options: FileLockOptions): Promise<() => Promise<void>> {
  const started = Date.now();
  for (;;) {
    try {
      return await lock(path, {
        realpath: false,
        stale: options.staleMs,
        // Waiting is done here, against a deadline, rather than by the library's count of retries.
        retries: 0,
        // The library's default throws from a timer, which would end the process in the middle of
        // its task; a lock lost that way is only found out at release, which ignores it.
        onCompromised: () => undefined,
      });
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED') throw error;
      if (Date.now() - started >= options.waitMs) throw new FileLockBusy(options.what, options.waitMs);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
