import { ApiError } from './api-error';

type PathPart = string | number;

/**
 * The path of the first string (value or key) holding U+0000 in a parsed request input, or
 * undefined. Iterative, so a deep input cannot overflow the stack here.
 */
export function findNulCharacter(value: unknown): PathPart[] | undefined {
  // Each entry links to its parent's, so no path is built until one is found.
  type Entry = { value: unknown; key: PathPart | undefined; parent: Entry | undefined };
  const pathOf = (entry: Entry, last?: PathPart): PathPart[] => {
    const path: PathPart[] = last === undefined ? [] : [last];
    for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return path;
  };
  const pending: Entry[] = [{ value, key: undefined, parent: undefined }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const next = entry.value;
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return pathOf(entry);
    } else if (Array.isArray(next)) {
      next.forEach((item, index) => pending.push({ value: item, key: index, parent: entry }));
    } else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes('\u0000')) return pathOf(entry, key);
        pending.push({ value: item, key, parent: entry });
      }
    }
  }
  return undefined;
}

/**
 * Refuses an input holding a NUL character with 400. PostgreSQL's text and jsonb cannot hold
 * U+0000, so without this check such a name, description or search text reached the database
 * and failed there as a 500; no flow, tag or field needs one.
 */
export function refuseNulCharacters(value: unknown, where: string): void {
  const path = findNulCharacter(value);
  if (path === undefined) return;
  const at = [where, ...path].join('.');
  throw new ApiError('bad_request', `Invalid request ${at}: it contains a NUL character (U+0000), which no name, text or document may hold.`);
}
