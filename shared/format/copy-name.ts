import { fillPlaceholders } from '../text/placeholders';

/** The longest name a flow may have (flow-schema.ts). */
const MAX_NAME = 200;

/** The words that mark a copy, in the language of whoever makes it: the first copy, then a counted one (`{{count}}` stands for 2, 3 ...). */
export interface CopyWords {
  first: string;
  counted: string;
}

/** The English words, used where no person's language is known (the tenant's own Duplicate, a tenant import). */
export const ENGLISH_COPY_WORDS: CopyWords = { first: '(copy)', counted: '(copy {{count}})' };

/**
 * The name of a flow copied beside its original, so tabs, the library and a tenant's list tell
 * the two apart: `<name> (copy)`, or `<name> (copy 2)` and on when a name in `taken` already
 * reads so. The original's name is shortened, never the suffix, to stay within a flow name's
 * 200 characters.
 */
export function copyName(name: string, taken: ReadonlySet<string> = new Set(), words: CopyWords = ENGLISH_COPY_WORDS): string {
  for (let count = 1; ; count += 1) {
    const suffix = ` ${count === 1 ? words.first : fillPlaceholders(words.counted, { count })}`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
