import { readFile } from 'node:fs/promises';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { HostError } from '../../shared/host/host-error';
import { flowFileName, slugify } from '../../shared/host/flow-file-stem';
import { modeOf, writeFileAtomic } from './atomic-write';
import { keepBackup } from './flow-backups';
import { errorCode, toHostError } from './host-fs-errors';
import { pathExists } from './path-exists';
import type { WorkspaceRoot } from './workspace-root';

// Flows that arrive from outside the editor (a pack, a tenant) written into the workspace: a
// replaced file keeps a backup as a save does, and a new file never takes an existing name.

/**
 * Replaces a workspace flow file with `text` (atomically), keeping the old content as a backup;
 * nothing happens when equal. Answers whether the file was replaced.
 */
export async function replaceFile(root: WorkspaceRoot, path: string, text: string, now: Date): Promise<boolean> {
  const absolute = await root.resolve(path);
  try {
    const [current, mode] = await Promise.all([readFile(absolute), modeOf(absolute)]);
    if (current.toString('utf8') === text) return false;
    await keepBackup(root, path, { bytes: current, mode }, now);
    await writeFileAtomic(absolute, text, { mode });
    return true;
  } catch (error) {
    throw toHostError(error, `cannot replace "${path}"`);
  }
}

/** Writes `<folder>/<slug>.flow.json`, or `<slug>-2.flow.json` and so on: never over an existing file. */
export async function writeNewFlowFile(root: WorkspaceRoot, folder: string, flow: Flow): Promise<string> {
  const stem = slugify(flow.name);
  for (let n = 1; n < 1000; n++) {
    const name = flowFileName(stem, n);
    const path = folder === '' ? name : `${folder}/${name}`;
    const absolute = await root.resolve(path);
    if (await pathExists(absolute)) continue;
    try {
      // Exclusive: a file that appeared since the check above keeps its name and its content.
      await writeFileAtomic(absolute, serializeFlow(flow), { exclusive: true });
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw toHostError(error, `cannot write "${path}"`);
    }
    return path;
  }
  throw new HostError('EXISTS', `no free file name for "${flow.name}" in "${folder || 'the workspace'}"`);
}
