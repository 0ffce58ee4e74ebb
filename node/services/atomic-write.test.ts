import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAtomicTempName, writeFileAtomic } from './atomic-write';
import { makeTempFolder } from './temp-workspace.testing';

describe('writeFileAtomic', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempFolder());
  });
  afterEach(() => remove());

  it('replaces the content and leaves only the target in the folder', async () => {
    await writeFile(join(folder, 'a.flow.json'), 'old');
    await writeFileAtomic(join(folder, 'a.flow.json'), 'new');
    expect(await readFile(join(folder, 'a.flow.json'), 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['a.flow.json']);
  });

  it('removes its temporary file when the final rename fails, leaving what was there', async () => {
    await mkdir(join(folder, 'taken.flow.json'));
    await writeFile(join(folder, 'taken.flow.json', 'inside'), 'kept');
    await expect(writeFileAtomic(join(folder, 'taken.flow.json'), 'new')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['taken.flow.json']);
    expect(await readFile(join(folder, 'taken.flow.json', 'inside'), 'utf8')).toBe('kept');
  });

  it.skipIf(process.platform === 'win32')('keeps the mode of the file it replaces, whatever the umask', async () => {
    const target = join(folder, 'private.flow.json');
    await writeFile(target, 'old');
    for (const mode of [0o600, 0o664, 0o640]) {
      await chmod(target, mode);
      await writeFileAtomic(target, 'new');
      expect((await stat(target)).mode & 0o777).toBe(mode);
    }
  });

  it.skipIf(process.platform === 'win32')('gives a file the mode asked for, over the mode of the file it replaces', async () => {
    const target = join(folder, 'secrets.json');
    await writeFile(target, 'old', { mode: 0o644 });
    await chmod(target, 0o644);
    await writeFileAtomic(target, 'new', { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('never replaces an existing file when exclusive, and leaves no temporary file', async () => {
    const target = join(folder, 'pack.flowpack');
    await writeFileAtomic(target, 'first', { exclusive: true });
    await expect(writeFileAtomic(target, 'second', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('first');
    expect(await readdir(folder)).toEqual(['pack.flowpack']);
  });

  it('stops before the rename when the last check refuses, leaving the target as it was and no temporary file', async () => {
    const target = join(folder, 'a.flow.json');
    await writeFile(target, 'old');
    let sawTemporary = false;
    const refusal = new Error('changed meanwhile');
    const write = writeFileAtomic(target, 'new', {
      beforeReplace: async () => {
        // The new content is already complete on disk when the check runs.
        const temps = (await readdir(folder)).filter(isAtomicTempName);
        sawTemporary = temps.length === 1 && (await readFile(join(folder, temps[0]!), 'utf8')) === 'new';
        throw refusal;
      },
    });
    await expect(write).rejects.toBe(refusal);
    expect(sawTemporary).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.flow.json']);
  });

  it('creates missing folders unless told not to', async () => {
    await writeFileAtomic(join(folder, 'made', 'a.json'), 'x');
    expect(await readFile(join(folder, 'made', 'a.json'), 'utf8')).toBe('x');
    await expect(writeFileAtomic(join(folder, 'missing', 'a.json'), 'x', { createFolders: false })).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual(['made']);
  });

  it('names its temporary files so that no listing mistakes them for flows', async () => {
    expect(isAtomicTempName('.a.flow.json.flowpack-0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isAtomicTempName(`.a.flow.json.flowpack-${process.pid}-0a1b2c3d4e5f.tmp`)).toBe(true);
    expect(isAtomicTempName('a.flow.json')).toBe(false);
  });
});
