import { lstat, realpath } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { HostError } from '../../shared/host/host-error';
import { STATE_FOLDER, isWorkspacePath } from '../../shared/host/workspace-paths';
import { errorCode, toHostError } from './host-fs-errors';

/** Options of {@link WorkspaceRoot.resolve}. */
export interface ResolveOptions {
  /** Whether the empty path (the workspace folder itself) is acceptable. Default false. */
  allowRoot?: boolean;
}

/**
 * The opened workspace folder, and the one place workspace-relative paths become absolute.
 *
 * @remarks
 * The contract's path schema already refuses `..`, absolute paths and backslashes; this
 * checks again (handlers may be called directly) and then follows symbolic links: a path
 * whose real location, or for a new file its nearest existing ancestor's, lies outside the
 * folder is refused with OUTSIDE_WORKSPACE, as is anything inside `.flowpack/` (the
 * workspace's own state, which library calls never show or change).
 */
export class WorkspaceRoot {
  /** The workspace folder's real path (symbolic links resolved), without a trailing separator. */
  readonly real: string;

  constructor(folder: string) {
    this.real = realpathSync(folder);
  }

  /** The folder's own name, for titles and the default workspace name. */
  get name(): string {
    return basename(this.real) || this.real;
  }

  /**
   * An absolute path inside `.flowpack/`, for the services' own state (backups, recovery, trash,
   * sync state, reports), or OUTSIDE_WORKSPACE naming the first part of it that is a symbolic link.
   *
   * @remarks
   * The state folder arrives with the workspace (from git, a zip, a copy), so its contents are
   * as untrusted as a user path; and the services delete and move things in it (backup rotation,
   * trash). So no existing part of the path, the state folder included, may be a link, wherever
   * it points: nothing is read, written, moved or deleted through one. Parts that do not exist
   * yet are fine, since the caller creates them as real folders and files.
   */
  async statePath(...parts: string[]): Promise<string> {
    let current = this.real;
    for (const name of [STATE_FOLDER, ...parts]) {
      current = join(current, name);
      let isLink: boolean;
      try {
        isLink = (await lstat(current)).isSymbolicLink();
      } catch (error) {
        if (errorCode(error) === 'ENOENT') break;
        throw toHostError(error, `cannot open "${this.relativePath(current)}"`);
      }
      if (isLink) throw linkedStateError(this.relativePath(current));
    }
    return join(this.real, STATE_FOLDER, ...parts);
  }

  /** The absolute path of a workspace path that stays inside the workspace, or a HostError saying why not. */
  async resolve(path: string, options: ResolveOptions = {}): Promise<string> {
    if (!isWorkspacePath(path)) throw new HostError('INVALID_ARGS', `"${path}" is not a path inside the workspace`);
    if (path === '' && !options.allowRoot) throw new HostError('INVALID_ARGS', 'this cannot be done to the workspace folder itself');
    const segments = path === '' ? [] : path.split('/');
    if (segments[0] === STATE_FOLDER) throw stateFolderError(path);
    const absolute = join(this.real, ...segments);
    const real = await this.realLocation(absolute, path);
    if (real !== this.real && !real.startsWith(this.real + sep)) {
      throw new HostError('OUTSIDE_WORKSPACE', `"${path}" leads outside the workspace folder (through a symbolic link)`);
    }
    if (relative(this.real, real).split(sep)[0] === STATE_FOLDER) throw stateFolderError(path);
    return absolute;
  }

  /** The workspace-relative path (with `/`) of an absolute path inside the workspace. */
  relativePath(absolute: string): string {
    return relative(this.real, absolute).split(sep).join('/');
  }

  /**
   * Where `absolute` really is: its realpath when it exists, else its nearest existing
   * ancestor's realpath plus the missing names (which cannot be links, as they do not exist).
   */
  private async realLocation(absolute: string, shown: string): Promise<string> {
    const missing: string[] = [];
    let candidate = absolute;
    for (;;) {
      try {
        return join(await realpath(candidate), ...missing);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw toHostError(error, `cannot open "${shown}"`);
      }
      if (await isPresent(candidate)) {
        // It exists but cannot be resolved: a link to nothing. Writing through it would create its target, wherever that is.
        throw new HostError('OUTSIDE_WORKSPACE', `"${shown}" goes through a symbolic link to something that does not exist`);
      }
      missing.unshift(basename(candidate));
      const parent = dirname(candidate);
      // The root's realpath cannot fail here unless the folder itself vanished.
      if (parent === candidate) throw new HostError('NOT_FOUND', 'the workspace folder no longer exists');
      candidate = parent;
    }
  }
}

async function isPresent(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function stateFolderError(path: string): HostError {
  return new HostError('OUTSIDE_WORKSPACE', `"${path}" is inside ${STATE_FOLDER}/, the workspace's own state, which the library does not show or change`);
}

function linkedStateError(shown: string): HostError {
  return new HostError(
    'OUTSIDE_WORKSPACE',
    `"${shown}" is a symbolic link; the workspace's own state is never used through a link, so nothing was changed. Replace the link with a real folder or file (or remove it) and try again`,
  );
}
