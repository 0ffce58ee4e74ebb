import { describe, expect, it } from 'vitest';
import { FLOW_MIGRATIONS } from './flow-migrations';
import { FLOW_VERSION } from './flow-schema';
import { migrate } from './migrations';
import type { Migration } from './migrations';

describe('migrations', () => {
  // A chain as a future version 3 would have it: each step renames one field.
  const chain: Migration[] = [
    { from: 1, description: 'title -> name', up: ({ title, ...rest }) => ({ ...rest, name: title }) },
    { from: 2, description: 'steps -> nodes', up: ({ steps, ...rest }) => ({ ...rest, nodes: steps }) },
  ];

  it('runs every one-step migration in order from the document version to the current one', () => {
    const result = migrate({ version: 1, title: 'A', steps: [] }, chain, 3);
    expect(result).toEqual({ ok: true, applied: [1, 2], document: { version: 3, name: 'A', nodes: [] } });
  });

  it('leaves a current document untouched', () => {
    expect(migrate({ version: 3, name: 'A' }, chain, 3)).toEqual({ ok: true, applied: [], document: { version: 3, name: 'A' } });
  });

  it('refuses a document newer than this build instead of dropping what it cannot read', () => {
    expect(migrate({ version: 4 }, chain, 3)).toEqual({ ok: false, reason: 'too-new', version: 4 });
  });

  it('refuses a version with a gap in the chain', () => {
    expect(migrate({ version: 1 }, chain.slice(1), 3)).toEqual({ ok: false, reason: 'too-old', version: 1 });
  });

  it('the flow format has a migration for every version step below the current one', () => {
    for (let from = 1; from < FLOW_VERSION; from++) expect(FLOW_MIGRATIONS.some((m) => m.from === from)).toBe(true);
    expect(FLOW_MIGRATIONS.every((m) => m.from >= 1 && m.from < FLOW_VERSION)).toBe(true);
  });
});
