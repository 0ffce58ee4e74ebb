import { isWorkspacePath } from '../../../shared/host/workspace-paths';
import { flowFileName, slugify } from '../../../shared/host/flow-file-stem';
import { joinPath } from './library-tree';

/** A `*.flow.json` path in `folder` for a flow named `name` that no existing path takes. */
export function uniqueFlowPath(folder: string, name: string, taken: ReadonlySet<string>): string {
  const stem = slugify(name);
  for (let n = 1; ; n++) {
    const path = joinPath(folder, flowFileName(stem, n));
    if (!taken.has(path)) return path;
  }
}

/**
 * Why a folder or file name cannot be used, or null when it can. Names are one path segment:
 * no slashes, not `.` or `..`, and not the workspace's own state folder.
 */
export function folderNameProblem(name: string): 'empty' | 'invalid' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.includes('/') || !isWorkspacePath(trimmed) || trimmed.startsWith('.flowpack')) return 'invalid';
  return null;
}
