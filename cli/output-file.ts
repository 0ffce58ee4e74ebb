import { writeFileAtomic } from '../node/services/atomic-write';
import { CommandError } from './cli-error';
import { describeFileError, hasErrorCode } from './file-errors';
import { printable } from './printable';

/** How {@link writeOutputFile} may treat a file already at the path. */
export interface OutputFileOptions {
  /** Replace an existing file (--force); otherwise an existing file is refused and left as it is. */
  replace: boolean;
  /** The new file's permission bits (a private key: 0o600); a replaced file otherwise keeps its own. */
  mode?: number;
  /** What to say after the path when the file exists and may not be replaced. */
  taken?: string;
}

/**
 * Writes a file the user named on the command line through the one atomic writer (temporary
 * file, fsync, rename, fsync of the folder), so an interrupted or failed write leaves the old
 * file whole, or nothing: never a truncated pack or key. The folder must exist: a mistyped
 * folder is an error, not a new folder.
 */
export async function writeOutputFile(path: string, data: string, options: OutputFileOptions): Promise<void> {
  try {
    await writeFileAtomic(path, data, { mode: options.mode, exclusive: !options.replace, createFolders: false });
  } catch (error) {
    if (hasErrorCode(error, 'EEXIST')) throw new CommandError(`${printable(path)}: already exists; ${options.taken ?? 'use --force to replace it'}`);
    throw new CommandError(`${printable(path)}: cannot write: ${describeFileError(error)}`);
  }
}
