/**
 * One step of a format's migration chain: turns a document of version `from` into one of
 * version `from + 1`. Migrations work on plain JSON values, before any schema applies.
 */
export interface Migration {
  from: number;
  /** What changed, for release notes and for tests that every step ran. */
  description: string;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
}

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; applied: number[] }
  | { ok: false; reason: 'too-new' | 'too-old' | 'no-version'; version?: number };

/**
 * Brings a document from its own version to `current` by running each one-step migration
 * in order. A document newer than `current` is refused: this build cannot know what the
 * newer fields mean, and dropping them would lose data.
 */
export function migrate(document: Record<string, unknown>, chain: readonly Migration[], current: number): MigrationResult {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'no-version' };
  if (version > current) return { ok: false, reason: 'too-new', version };
  let result = document;
  const applied: number[] = [];
  for (let from = version; from < current; from++) {
    const step = chain.find((migration) => migration.from === from);
    if (!step) return { ok: false, reason: 'too-old', version };
    result = { ...step.up(result), version: from + 1 };
    applied.push(from);
  }
  return { ok: true, document: result, applied };
}
