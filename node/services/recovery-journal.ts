import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostHandlers } from '../../shared/host/contract';
import { recoveryEntrySchema } from '../../shared/host/contract';
import { parseJson } from '../../shared/json/parse-json';
import { writeFileAtomic } from './atomic-write';
import { errorCode, toHostError } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';

/** The journal of unsaved editor text. */
export type RecoveryHandlers = Pick<HostHandlers, 'recovery:write' | 'recovery:list' | 'recovery:discard'>;

const ENTRY_SUFFIX = '.json';

/**
 * The journal of unsaved edits in `.flowpack/recovery/`: one file per flow path holding
 * `{path, text, savedAt}`, replaced atomically on each write so a crash during a write
 * leaves the previous entry. After a crash or kill the editor lists the entries and offers
 * to restore them; a save or a "discard" removes one.
 *
 * @remarks
 * Each entry's file is named by the SHA-256 of its path: flow paths may be longer than a
 * file name may be, and two paths differing only in letter case must not share a file on a
 * case-insensitive disk. The path itself is inside the entry.
 */
export function createRecoveryHandlers(root: WorkspaceRoot, clock: () => Date): RecoveryHandlers {
  // Checked on every call: a link may appear in the state folder while the workspace is open.
  const folder = () => root.statePath('recovery');
  const fileOf = async (path: string) => join(await folder(), createHash('sha256').update(path).digest('hex') + ENTRY_SUFFIX);

  return {
    async 'recovery:write'({ path, text }) {
      const entry = { path, text, savedAt: clock().toISOString() };
      try {
        await writeFileAtomic(await fileOf(path), JSON.stringify(entry));
      } catch (error) {
        throw toHostError(error, `cannot journal the unsaved changes of "${path}"`);
      }
      return {};
    },

    async 'recovery:list'() {
      let names: string[];
      const journal = await folder();
      try {
        // Only regular files: an entry that is a link would show text from elsewhere as the user's own.
        names = (await readdir(journal, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { entries: [] };
        throw toHostError(error, 'cannot read the recovery journal');
      }
      const entries = [];
      for (const name of names.filter((n) => n.endsWith(ENTRY_SUFFIX) && !n.startsWith('.'))) {
        const entry = await readEntry(join(journal, name));
        // An entry another tool damaged is skipped rather than hiding every other one.
        if (entry) entries.push(entry);
      }
      entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return { entries };
    },

    async 'recovery:discard'({ path }) {
      try {
        await rm(await fileOf(path), { force: true });
      } catch (error) {
        throw toHostError(error, `cannot discard the unsaved changes of "${path}"`);
      }
      return {};
    },
  };
}

async function readEntry(file: string) {
  try {
    const parsed = parseJson(await readFile(file));
    if (!parsed.ok) return undefined;
    const checked = recoveryEntrySchema.safeParse(parsed.value);
    return checked.success ? checked.data : undefined;
  } catch {
    return undefined;
  }
}
