import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { HostError } from '../../shared/host/host-error';
import { parseJson } from '../../shared/json/parse-json';
import { writeFileAtomic } from './atomic-write';
import { errorCode, toHostError } from './host-fs-errors';
import { createKeyedLock } from './keyed-lock';

/** A small JSON document in the app's data folder, read whole and replaced atomically. */
export interface JsonFileStore<T> {
  /** The document; `empty()` when the file does not exist yet. */
  read(): Promise<T>;
  /** Reads, changes and writes the document, one change at a time; returns what `change` returned. Returning `current` itself writes nothing. */
  update<R>(change: (current: T) => { next: T; result: R }): Promise<R>;
}

/**
 * One document file checked against `schema` on every read. A damaged file is an error naming
 * it, never silently replaced by an empty one: that would lose what the user stored there.
 */
export function createJsonFileStore<S extends z.ZodType>(options: {
  /** Where the document is, or a function finding it anew on each use (a workspace's state path, checked each time). */
  file: string | (() => Promise<string>);
  schema: S;
  empty: () => z.output<S>;
  /** What the file holds, for messages ("tenant connections"). */
  what: string;
  /** Permissions of the file when written (0o600 for anything secret). */
  mode?: number;
}): JsonFileStore<z.output<S>> {
  const { schema, empty, what, mode } = options;
  const where = options.file;
  const locate = typeof where === 'string' ? () => Promise.resolve(where) : where;
  const oneAtATime = createKeyedLock();

  async function read(): Promise<z.output<S>> {
    const file = await locate();
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return empty();
      throw toHostError(error, `cannot read the ${what}`);
    }
    const parsed = parseJson(bytes);
    const checked = parsed.ok ? schema.safeParse(parsed.value) : undefined;
    if (!checked?.success) throw new HostError('IO', `the ${what} file ${file} is damaged; fix or remove it`);
    return checked.data;
  }

  return {
    read,
    update: (change) =>
      oneAtATime('file', async () => {
        const current = await read();
        const { next, result } = change(current);
        // The same document back means nothing changed: no write (and no state file created for nothing).
        if (next === current) return result;
        const file = await locate();
        try {
          await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`, { mode });
        } catch (error) {
          throw toHostError(error, `cannot save the ${what}`);
        }
        return result;
      }),
  };
}
