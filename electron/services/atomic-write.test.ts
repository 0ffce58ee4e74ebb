import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
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

  it('names its temporary files so that no listing mistakes them for flows', async () => {
    expect(isAtomicTempName('.a.flow.json.flowpack-0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isAtomicTempName('a.flow.json')).toBe(false);
  });
});
