/** The longest name a flow may have (flow-schema.ts). */
const MAX_NAME = 200;

/**
 * The name of a flow copied beside its original, so tabs, the library and a tenant's list tell
 * the two apart: `<name> (copy)`, or `<name> (copy 2)` and on when a name in `taken` already
 * reads so. The original's name is shortened, never the suffix, to stay within a flow name's
 * 200 characters.
 */
export function copyName(name: string, taken: ReadonlySet<string> = new Set()): string {
  for (let count = 1; ; count += 1) {
    const suffix = count === 1 ? ' (copy)' : ` (copy ${count})`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
