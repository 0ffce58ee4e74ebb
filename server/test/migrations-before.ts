import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The migrations this version of the server runs. */
export const MIGRATIONS = fileURLToPath(new URL('../store/migrations', import.meta.url));

/** A copy in `dir` of the migrations folder as it was before `tag`: what an existing tenant's store has run. */
export async function migrationsBefore(tag: string, dir: string): Promise<string> {
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((entry) => entry.tag === tag);
  if (upTo < 0) throw new Error(`no migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  return dir;
}
