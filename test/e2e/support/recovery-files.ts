import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One journalled set of unsaved edits, as the host keeps it in `.flowpack/recovery/`. */
export interface JournalEntry {
  path: string;
  text: string;
}

/** The recovery journal's entries as they are on disk now (none when the folder does not exist). */
export async function readRecoveryJournal(root: string): Promise<JournalEntry[]> {
  const folder = join(root, '.flowpack', 'recovery');
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries: JournalEntry[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.json') && !candidate.startsWith('.'))) {
    // An entry replaced while we read it is simply read again on the next poll.
    const text = await readFile(join(folder, name), 'utf8').catch(() => undefined);
    if (text !== undefined) entries.push(JSON.parse(text) as JournalEntry);
  }
  return entries;
}
