import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { schema } from '../store/schema';

/** The migrations this version of the server runs. */
const MIGRATIONS = fileURLToPath(new URL('../store/migrations', import.meta.url));

/** A copy in `dir` of the migrations folder as it was before `tag`: what an existing tenant's store has run. */
async function migrationsBefore(tag: string, dir: string): Promise<string> {
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((entry) => entry.tag === tag);
  if (upTo < 0) throw new Error(`no migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  return dir;
}

/** An in-memory store as an existing tenant's stands before `tag`, and the step the server takes when it starts. */
export interface StoreBefore {
  client: PGlite;
  db: PgliteDatabase<typeof schema>;
  /** Runs this version's migrations, as the server does when it starts. */
  upgrade(): Promise<void>;
}

/** A store that has run the migrations before `tag` (the caller closes `client`). */
export async function storeBefore(tag: string): Promise<StoreBefore> {
  const dir = await mkdtemp(join(tmpdir(), 'flowpack-migrations-'));
  const client = await PGlite.create('memory://');
  const db = drizzle({ client, schema });
  try {
    await migrate(db, { migrationsFolder: await migrationsBefore(tag, dir) });
  } finally {
    // The copy of the migrations is read by then; the upgrade runs this version's own.
    await rm(dir, { recursive: true, force: true });
  }
  return { client, db, upgrade: () => migrate(db, { migrationsFolder: MIGRATIONS }) };
}
