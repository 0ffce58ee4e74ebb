import { isAbsolute, resolve } from 'node:path';
import { FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';

/** What a launch of the desktop app asked to open, as absolute paths. */
export interface LaunchRequest {
  /** `--workspace <dir>` or `--workspace=<dir>`, if given. */
  workspace: string | null;
  /** Flow and pack files named on the command line (file associations pass them this way). */
  files: string[];
}

/** True for the file kinds the app opens: `*.flow.json` and `*.flowpack`. */
export function isOpenableFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith(FLOW_FILE_SUFFIX) || lower.endsWith(PACK_FILE_SUFFIX);
}

/**
 * Reads a launch's command line: `--workspace <dir>` and any flow or pack files.
 *
 * @remarks
 * The argument list holds much else: the executable, the app folder (`.`) in development,
 * Chromium switches, which Chromium also appends to a second instance's arguments and may
 * reorder, and macOS's `-psn_...`. So no position is trusted: every switch other than
 * `--workspace` is ignored, and of the plain arguments only names ending in `.flow.json` or
 * `.flowpack` count. Relative paths are resolved against the launch's working directory.
 */
export function parseLaunchArguments(argv: readonly string[], workingDirectory: string): LaunchRequest {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(workingDirectory, path));
  let workspace: string | null = null;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--workspace') {
      const value = argv[index + 1];
      if (value !== undefined && value !== '' && !value.startsWith('-')) {
        workspace = absolute(value);
        index++;
      }
    } else if (argument.startsWith('--workspace=')) {
      const value = argument.slice('--workspace='.length);
      if (value !== '') workspace = absolute(value);
    } else if (!argument.startsWith('-') && isOpenableFileName(argument)) {
      files.push(absolute(argument));
    }
  }
  return { workspace, files };
}

/**
 * The launch request a second instance passes to the first through
 * `requestSingleInstanceLock(additionalData)`, read back defensively: it crosses a process
 * boundary, and anything malformed counts as absent.
 */
export function readLaunchRequest(data: unknown): LaunchRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const { workspace, files } = data as Record<string, unknown>;
  if (workspace !== null && (typeof workspace !== 'string' || !isAbsolute(workspace))) return null;
  if (!Array.isArray(files) || !files.every((file) => typeof file === 'string' && isAbsolute(file) && isOpenableFileName(file))) return null;
  return { workspace, files: files as string[] };
}
