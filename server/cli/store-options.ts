import { resolve } from 'node:path';
import { openDatabase } from '../store/database';
import type { Database } from '../store/database';

/** Where a command's data lives when neither --data nor DATABASE_URL says. */
export const DEFAULT_DATA_DIR = 'flowpack-tenant-data';

/** The store every command uses: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory. */
export async function openCommandStore(dataOption: string | undefined): Promise<{ database: Database; where: string }> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) return { database: await openDatabase({ databaseUrl }), where: 'PostgreSQL (DATABASE_URL)' };
  const dataDir = resolve(dataOption ?? DEFAULT_DATA_DIR);
  return { database: await openDatabase({ dataDir }), where: `PGlite in ${dataDir}` };
}
