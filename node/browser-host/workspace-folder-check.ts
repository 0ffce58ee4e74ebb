import { readdir, stat } from 'node:fs/promises';

/**
 * Why a folder cannot be opened as a workspace, in one sentence, or undefined when it can:
 * it must exist, be a folder, and be readable. Checked before the host starts so a typo in
 * `--workspace` is one clear line rather than a stack trace.
 */
export async function workspaceFolderProblem(folder: string): Promise<string | undefined> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return `The workspace "${folder}" is not a folder.`;
    await readdir(folder);
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return `The workspace folder "${folder}" does not exist.`;
    if (code === 'EACCES' || code === 'EPERM') return `The workspace folder "${folder}" cannot be read (permission denied).`;
    return `The workspace folder "${folder}" cannot be opened: ${error instanceof Error ? error.message : String(error)}`;
  }
}
