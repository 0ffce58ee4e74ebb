import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { flowText, makeTempFolder } from './temp-workspace.testing';
import { watchWorkspace } from './workspace-watcher';
import type { WatchOptions } from './workspace-watcher';

/**
 * Collects reported batches; `next()` resolves with the first batch containing `path`. It waits as long
 * as the test may run: a report that is only slow (a loaded machine) is not a missing one.
 */
function recorder() {
  const batches: string[][] = [];
  const waiters: { path: string; resolve: (batch: string[]) => void }[] = [];
  const onChange = (paths: string[]) => {
    batches.push(paths);
    for (const waiter of waiters.filter((w) => paths.includes(w.path))) waiter.resolve(paths);
  };
  const next = (path: string) =>
    new Promise<string[]>((resolve) => {
      waiters.push({ path, resolve });
    });
  return { batches, onChange, next };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts watching and resolves with the stop function once every folder is watched. */
function watchReady(folder: string, onChange: (paths: string[]) => void, options: WatchOptions): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const stop = watchWorkspace(folder, onChange, { ...options, onReady: () => resolve(stop), onError: reject });
  });
}

describe('watchWorkspace', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let stop: () => void = () => {};

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
  });
  afterEach(async () => {
    stop();
    await remove();
  });

  it('reports a file written by another program, in a sub-folder created after watching began', async () => {
    const seen = recorder();
    stop = await watchReady(workspace, seen.onChange, { debounceMs: 50 });
    await mkdir(join(workspace, 'sales'));
    // The new folder is watched once the watcher has seen it, which takes longer on a busy machine:
    // the file is written again until a change is reported.
    await expect
      .poll(async () => {
        await writeFile(join(workspace, 'sales/a.flow.json'), flowText());
        return seen.batches.flat();
      }, { interval: 200 })
      .toContain('sales/a.flow.json');
  });

  it('reports a burst of changes together, once the burst is over', async () => {
    const seen = recorder();
    // A pause long enough that a busy machine's slow writes still make one burst.
    stop = await watchReady(workspace, seen.onChange, { debounceMs: 1000 });
    const batch = seen.next('c.flow.json');
    for (const name of ['a', 'b', 'c']) await writeFile(join(workspace, `${name}.flow.json`), flowText(name));
    expect(await batch).toEqual(expect.arrayContaining(['a.flow.json', 'b.flow.json', 'c.flow.json']));
    expect(seen.batches).toHaveLength(1);
  });

  it('says nothing about .flowpack/, dot-folders, node_modules/ or its own temporary files', async () => {
    await mkdir(join(workspace, '.flowpack/recovery'), { recursive: true });
    await mkdir(join(workspace, 'node_modules/pkg'), { recursive: true });
    await mkdir(join(workspace, '.git'));
    const seen = recorder();
    stop = await watchReady(workspace, seen.onChange, { debounceMs: 30 });
    await writeFile(join(workspace, '.flowpack/recovery/x.json'), '{}');
    await writeFile(join(workspace, 'node_modules/pkg/a.flow.json'), '{}');
    await writeFile(join(workspace, '.git/index'), 'x');
    const batch = seen.next('saved.flow.json');
    await writeFileAtomic(join(workspace, 'saved.flow.json'), flowText());
    await batch;
    await settle(100);
    // Which paths, not how many batches: on a busy machine one save may arrive as two.
    expect(new Set(seen.batches.flat())).toEqual(new Set(['saved.flow.json']));
  });

  it('keeps reporting outside edits to a flow after the editor saved it through a rename', async () => {
    // given a flow that existed when watching began, saved by the editor (a temporary file renamed over it)
    const flow = join(workspace, 'sales/a.flow.json');
    await mkdir(join(workspace, 'sales'));
    await writeFile(flow, flowText('original'));
    const seen = recorder();
    stop = await watchReady(workspace, seen.onChange, { debounceMs: 30 });
    await settle(100);
    const saved = seen.next('sales/a.flow.json');
    await writeFileAtomic(flow, flowText('saved'));
    await saved;
    await settle(100);

    // when another program then edits it in place, twice, then each edit is reported
    const firstEdit = seen.next('sales/a.flow.json');
    await writeFile(flow, flowText('edited once'));
    expect(await firstEdit).toEqual(['sales/a.flow.json']);
    await settle(100);
    const secondEdit = seen.next('sales/a.flow.json');
    await writeFile(flow, flowText('edited twice'));
    expect(await secondEdit).toEqual(['sales/a.flow.json']);
  });

  it('stops reporting once stopped', async () => {
    const seen = recorder();
    stop = watchWorkspace(workspace, seen.onChange, { debounceMs: 20 });
    stop();
    await writeFile(join(workspace, 'late.flow.json'), flowText());
    await settle(150);
    expect(seen.batches).toEqual([]);
  });

  it('tells once that watching failed when the workspace folder is missing', async () => {
    const errors: unknown[] = [];
    stop = watchWorkspace(join(workspace, 'gone'), () => {}, { onError: (error) => errors.push(error) });
    await settle(100);
    expect(errors).toHaveLength(1);
    expect(() => stop()).not.toThrow();
  });
});
