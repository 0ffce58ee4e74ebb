import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { WORKSPACE_FILE_NAME } from '../../shared/format/workspace-schema';
import { STATE_FOLDER, isWorkspacePath } from '../../shared/host/workspace-paths';
import type { LaunchRequest } from './launch-arguments';

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/**
 * The workspace a file belongs to: the nearest folder at or above `folder` that holds a
 * `flowpack.workspace.json`, else `folder` itself (a workspace needs no settings file).
 */
export async function findWorkspaceRoot(folder: string): Promise<string> {
  for (let current = folder; ; current = dirname(current)) {
    if (await exists(join(current, WORKSPACE_FILE_NAME))) return current;
    if (dirname(current) === current) return folder;
  }
}

/**
 * The workspace path (`sales/welcome.flow.json`) of an absolute file path, or null when the
 * file is not inside the workspace or lies in its `.flowpack/` state folder. Symbolic links
 * in either path are resolved first where the paths exist, as the workspace services do.
 */
export async function workspacePathOf(root: string, file: string): Promise<string | null> {
  const realRoot = await realpath(root).catch(() => root);
  const realFile = await realpath(file).catch(() => file);
  const path = relative(realRoot, realFile);
  if (path === '' || isAbsolute(path)) return null;
  const workspacePath = path.split(sep).join('/');
  if (!isWorkspacePath(workspacePath)) return null;
  if (workspacePath === STATE_FOLDER || workspacePath.startsWith(`${STATE_FOLDER}/`)) return null;
  return workspacePath;
}

/** The workspace the app opens at start, and the files to open in it once the editor is up. */
export interface StartupWorkspace {
  root: string;
  /** Workspace paths of the launch's files that lie inside `root`. */
  openFiles: string[];
}

/**
 * Picks the workspace to open at start: `--workspace` when it is a folder; else, when a file
 * was opened, the remembered workspace if the file lies in it, otherwise the file's own
 * workspace (see {@link findWorkspaceRoot}); else the remembered workspace if it still
 * exists; else `fallback()` (the examples in development, a folder in Documents when packaged).
 */
export async function chooseStartupWorkspace(
  launch: LaunchRequest,
  remembered: string | undefined,
  fallback: () => Promise<string>,
): Promise<StartupWorkspace> {
  const rememberedFolder = remembered !== undefined && isAbsolute(remembered) && (await isDirectory(remembered)) ? remembered : undefined;
  const firstFile = launch.files[0];
  let root: string;
  if (launch.workspace !== null && (await isDirectory(launch.workspace))) root = launch.workspace;
  else if (firstFile !== undefined) {
    root = rememberedFolder !== undefined && (await workspacePathOf(rememberedFolder, firstFile)) !== null ? rememberedFolder : await findWorkspaceRoot(dirname(firstFile));
  } else root = rememberedFolder ?? (await fallback());

  const openFiles: string[] = [];
  for (const file of launch.files) {
    const path = await workspacePathOf(root, file);
    if (path !== null) openFiles.push(path);
  }
  return { root, openFiles };
}
