import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../services/temp-workspace.testing';
import { RotatingLogFile } from './rotating-log-file';

let dir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ folder: dir, remove } = await makeTempFolder('flowpack-logs-'));
});
afterEach(() => remove());

/** Lines of 20 bytes with the newline: `line 0001 .........`. */
const line = (index: number) => `line ${String(index).padStart(4, '0')} ${'.'.repeat(9)}`;

describe('the rotating log file', () => {
  it('never lets a file pass its size, keeps the newest lines and at most `keep` full files besides the one written', async () => {
    // given a log of 100 bytes a file (five lines) keeping two full files
    const log = new RotatingLogFile({ dir, name: 'desktop', maxBytes: 100, keep: 2 });

    // when 23 lines are written
    for (let index = 1; index <= 23; index++) log.append(line(index));
    await log.flushed();

    // then three files remain: the one written holds the last lines, .1 and .2 the five before each
    expect((await readdir(dir)).sort()).toEqual(['desktop.1.log', 'desktop.2.log', 'desktop.log']);
    for (const name of await readdir(dir)) expect((await stat(join(dir, name))).size, name).toBeLessThanOrEqual(100);
    const lines = async (name: string) => (await readFile(join(dir, name), 'utf8')).trimEnd().split('\n');
    expect(await lines('desktop.log')).toEqual([21, 22, 23].map(line));
    expect(await lines('desktop.1.log')).toEqual([16, 17, 18, 19, 20].map(line));
    expect(await lines('desktop.2.log')).toEqual([11, 12, 13, 14, 15].map(line));
    expect(log.droppedLines).toBe(0);
  });

  it('goes on from the file an earlier run left, rotating it when full rather than starting it over', async () => {
    const first = new RotatingLogFile({ dir, name: 'browser-host', maxBytes: 100, keep: 1 });
    for (let index = 1; index <= 4; index++) first.append(line(index));
    await first.flushed();

    // A new run (the app restarted) writes two more lines: the fifth fits, the sixth rotates.
    const second = new RotatingLogFile({ dir, name: 'browser-host', maxBytes: 100, keep: 1 });
    second.append(line(5));
    second.append(line(6));
    await second.flushed();

    expect(await readFile(join(dir, 'browser-host.1.log'), 'utf8')).toBe([1, 2, 3, 4, 5].map((index) => `${line(index)}\n`).join(''));
    expect(await readFile(join(dir, 'browser-host.log'), 'utf8')).toBe(`${line(6)}\n`);
  });

  it('drops a line it cannot write without failing the caller, and writes again once it can', async () => {
    // A file where the folder should be: the folder cannot be made.
    const blocked = new RotatingLogFile({ dir: join(dir, 'blocked', 'logs'), name: 'desktop' });
    await writeFile(join(dir, 'blocked'), 'not a folder');
    blocked.append('lost');
    await blocked.flushed();
    expect(blocked.droppedLines).toBe(1);

    await rm(join(dir, 'blocked'));
    blocked.append('kept');
    await blocked.flushed();
    expect(await readFile(blocked.path, 'utf8')).toBe('kept\n');
  });
});
