/**
 * Runs tasks one at a time per key, in call order; tasks of different keys run freely.
 * Two saves of the same file from one host must not both pass the revision check before
 * either has written.
 */
export function createKeyedLock(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    // Forget the key once its last task is done, so the map does not grow with every file ever saved.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
