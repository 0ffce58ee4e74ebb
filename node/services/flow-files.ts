import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../../shared/format/diagnostic';
import { loadFlow } from '../../shared/validation/load-flow';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { parseJson } from '../../shared/json/parse-json';
import { writeFileAtomic } from './atomic-write';
import { keepBackup } from './flow-backups';
import type { ReplacedFile } from './flow-backups';
import { errorCode, toHostError } from './host-fs-errors';
import { createKeyedLock } from './keyed-lock';
import { revisionOf } from './revision';
import type { WorkspaceRoot } from './workspace-root';

/** The largest document the editor opens: the contract's limit on what it may write. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The handlers that read and save documents (flows, and packs beside them) in the workspace. */
export type FlowFileHandlers = Pick<HostHandlers, 'flow:read' | 'flow:write'>;

/**
 * Flow file reads and saves. A save never overwrites content the editor has not seen: it
 * names the revision it was based on and is refused with CONFLICT when the file has changed
 * since. Saves are atomic and keep the replaced content as a backup. Validation never blocks
 * a save (errors block export and upload, not saving to disk).
 */
export function createFlowFileHandlers(root: WorkspaceRoot, clock: () => Date): FlowFileHandlers {
  const oneAtATime = createKeyedLock();
  const utf8 = new TextDecoder('utf-8');

  return {
    async 'flow:read'({ path }) {
      const absolute = await root.resolve(path);
      const bytes = (await readExisting(absolute, path))?.bytes;
      if (bytes === undefined) throw new HostError('NOT_FOUND', `"${path}" does not exist`);
      const text = utf8.decode(bytes);
      return { path, text, revision: revisionOf(bytes), diagnostics: path.endsWith(FLOW_FILE_SUFFIX) ? diagnosticsOf(text) : null };
    },

    'flow:write'({ path, text, baseRevision }) {
      if (!path.endsWith(FLOW_FILE_SUFFIX) && !path.endsWith(PACK_FILE_SUFFIX)) {
        return Promise.reject(new HostError('INVALID_ARGS', `"${path}" is not a flow file name (it should end with ${FLOW_FILE_SUFFIX})`));
      }
      return oneAtATime(path, async () => {
        const absolute = await root.resolve(path);
        const existing = await readExisting(absolute, path);
        // Checked now so a refused save does not write anything, and again just before the rename (below).
        checkBase(path, existing?.bytes, baseRevision);
        const bytes = Buffer.from(text, 'utf8');
        const revision = revisionOf(bytes);
        // Saving unchanged content would only push a real earlier version out of the backups.
        if (existing !== undefined && revisionOf(existing.bytes) === revision) return { revision };
        try {
          if (existing !== undefined) await keepBackup(root, path, existing, clock());
          await writeFileAtomic(absolute, bytes, {
            mode: existing?.mode,
            // A new file is never put over one that appeared meanwhile.
            exclusive: baseRevision === null,
            // The file is read again at the last moment before the rename: a change made while
            // the backup and the new content were being written is refused, not overwritten.
            beforeReplace: async () => checkBase(path, (await readExisting(absolute, path))?.bytes, baseRevision),
          });
        } catch (error) {
          if (baseRevision === null && errorCode(error) === 'EEXIST') throw alreadyExists(path);
          throw toHostError(error, `cannot save "${path}"`);
        }
        return { revision };
      });
    },
  };
}

/**
 * Refuses a save whose base is not what is on disk: EXISTS for a new file whose name is taken,
 * CONFLICT when the file was changed, deleted or moved since the editor read it.
 */
function checkBase(path: string, current: Uint8Array | undefined, baseRevision: string | null): void {
  if (baseRevision === null) {
    if (current !== undefined) throw alreadyExists(path);
    return;
  }
  if (current === undefined) throw new HostError('CONFLICT', `"${path}" was deleted or moved on disk since it was opened`);
  if (revisionOf(current) !== baseRevision) {
    throw new HostError('CONFLICT', `"${path}" changed on disk since it was opened; reload it or save under another name`);
  }
}

const alreadyExists = (path: string) => new HostError('EXISTS', `"${path}" already exists; choose another name or open it`);

/** What the editor's load finds in a flow file's text; none for text that is not JSON (the editor says why itself). */
function diagnosticsOf(text: string): Diagnostic[] {
  const parsed = parseJson(text);
  return parsed.ok ? loadFlow(parsed.value).diagnostics : [];
}

/** The file's bytes and mode, or undefined when there is no file. Folders, devices and oversized files are refused. */
async function readExisting(absolute: string, path: string): Promise<ReplacedFile | undefined> {
  try {
    const stats = await stat(absolute);
    if (stats.isDirectory()) throw new HostError('INVALID_ARGS', `"${path}" is a folder, not a file`);
    if (!stats.isFile()) throw new HostError('IO', `"${path}" is not a regular file`);
    if (stats.size > MAX_DOCUMENT_BYTES) throw new HostError('IO', `"${path}" is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have`);
    return { bytes: await readFile(absolute), mode: stats.mode & 0o777 };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw toHostError(error, `cannot read "${path}"`);
  }
}
