import { z } from 'zod';

/**
 * A path inside the opened workspace, relative to its root, with `/` separators:
 * `sales/welcome.flow.json`. The empty string is the root itself. Never absolute, never
 * `..`, never a backslash or NUL, so a path that passes cannot name anything outside the
 * workspace before the host even resolves it (the host also refuses symlink escapes).
 */
export const workspacePathSchema = z
  .string()
  .max(1024)
  .refine((path) => isWorkspacePath(path), { error: 'not a path inside the workspace' });

export function isWorkspacePath(path: string): boolean {
  if (path === '') return true;
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

export const FLOW_FILE_SUFFIX = '.flow.json';
export const PACK_FILE_SUFFIX = '.flowpack';
/** The workspace's local state, never packed: sync bindings, recovery journal, backups, trash. */
export const STATE_FOLDER = '.flowpack';
