import { lstat } from 'node:fs/promises';
import { errorCode, toHostError } from './host-fs-errors';

/** Whether anything (file, folder, link) is at `absolute`; other errors than "not there" become HostErrors. */
export async function pathExists(absolute: string): Promise<boolean> {
  try {
    await lstat(absolute);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw toHostError(error, 'cannot check whether a file exists');
  }
}
