import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJsonFileStore } from './json-file-store';
import { makeTempFolder } from './temp-workspace.testing';

describe('a JSON file store', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempFolder());
  });
  afterEach(() => remove());

  const storeIn = (file: string) => createJsonFileStore({ file, schema: z.object({ count: z.number() }), empty: () => ({ count: 0 }), what: 'counter' });

  it('writes nothing when a change gives the document back unchanged, so a pack push creates no sync state for nothing', async () => {
    const store = storeIn(join(folder, 'state', 'counter.json'));
    expect(await store.update((current) => ({ next: current, result: 'unchanged' }))).toBe('unchanged');
    expect(await readdir(folder)).toEqual([]);

    await store.update((current) => ({ next: { count: current.count + 1 }, result: undefined }));
    expect(await store.read()).toEqual({ count: 1 });
  });
});
