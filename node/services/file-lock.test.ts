import type { ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileLockBusy, withFileLock } from './file-lock';
import { holderProcess, killed } from './file-lock.testing';
import { makeTempFolder } from './temp-workspace.testing';

/** The shortest staleness the library allows: a dead holder's lock is taken over this long after it died. */
const STALE_MS = 2_000;

describe('withFileLock: one process at a time across processes', () => {
  let folder: string;
  let remove: () => Promise<void>;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    ({ folder, remove } = await makeTempFolder('flowpack-lock-'));
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map(killed));
    await remove();
  });

  it('takes over the lock of a process that was killed while holding it, instead of waiting forever', async () => {
    // given a process killed while it held the lock, which it had no chance to remove
    const path = join(folder, 'sessions.json');
    const holder = await holderProcess(path, STALE_MS);
    children.push(holder);
    await killed(holder);
    expect((await stat(`${path}.lock`)).isDirectory()).toBe(true);
    // when another process asks for it, willing to wait longer than the lock takes to go stale
    const ran = await withFileLock(path, async () => 'ran', { waitMs: 30_000, staleMs: STALE_MS, what: 'the test file' });
    // then its task runs, and the lock is gone afterwards
    expect(ran).toBe('ran');
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never takes the lock from a live holder, however long it keeps it: the wait ends with a clear message', async () => {
    // given a live process holding the lock
    const path = join(folder, 'sessions.json');
    children.push(await holderProcess(path, STALE_MS));
    // when another waits past the time a dead holder's lock would be taken over
    let ran = false;
    const waiting = withFileLock(
      path,
      async () => {
        ran = true;
      },
      { waitMs: STALE_MS * 2, staleMs: STALE_MS, what: 'the test file' },
    );
    // then it gives up, saying what was busy, and its task never ran
    await expect(waiting).rejects.toThrow(FileLockBusy);
    await expect(waiting).rejects.toThrow(/the test file was kept locked by another flowpack command for over 4 s; try again when it has finished/);
    expect(ran).toBe(false);
  });

  it('runs the tasks of one process one after the other, and frees the lock when a task fails', async () => {
    const path = join(folder, 'sessions.json');
    const options = { waitMs: 10_000, staleMs: STALE_MS, what: 'the test file' };
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(`${name} out`);
      if (name === 'first') throw new Error('the first task failed');
    };
    const results = await Promise.allSettled([withFileLock(path, task('first'), options), withFileLock(path, task('second'), options)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    // Either may take the lock first; what matters is that neither starts before the other has ended.
    const [firstIn] = order;
    const before = firstIn === 'second in' ? 'second' : 'first';
    const after = before === 'first' ? 'second' : 'first';
    expect(order).toEqual([`${before} in`, `${before} out`, `${after} in`, `${after} out`]);
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
