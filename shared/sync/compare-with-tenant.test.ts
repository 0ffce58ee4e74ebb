import { describe, expect, it, vi } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import type { Flow } from '../format/flow-schema';
import type { FlowSummary } from '../tenant-api/flows';
import { compareWithTenant } from './compare-with-tenant';
import { flowContentHash } from '../format/content-hash';
import { emptySyncFile, recordSync } from './sync-file';

const TENANT = { id: 'tenant-1', url: 'https://t.example' };
const NOW = new Date('2026-11-21T12:00:00Z');
const flow = (name: string) => createFlow({ profile: 'conversations', name, now: NOW });
const summary = (source: Flow, revision: number): FlowSummary => ({
  id: source.id,
  name: source.name,
  description: '',
  kind: 'standard',
  status: 'draft',
  folder: '',
  revision,
  createdAt: NOW.toISOString(),
  createdBy: null,
  createdByLabel: null,
  updatedAt: NOW.toISOString(),
  updatedBy: null,
  updatedByLabel: null,
  publishedAt: null,
  publishedBy: null,
  publishedByLabel: null,
  actions: ['publish'],
});
const bound = (source: Flow, revision: number, hash = flowContentHash(source)) => ({ remoteId: source.id, revision, contentHash: hash, syncedAt: NOW.toISOString() });

describe('compareWithTenant', () => {
  it('gives every local flow its status and lists tenant flows the folder lacks', async () => {
    const same = flow('Same');
    const editedHere = flow('Edited here');
    const onlyHere = flow('Only here');
    const onlyThere = flow('Only there');
    let syncFile = recordSync(emptySyncFile(), TENANT, same.id, bound(same, 2));
    syncFile = recordSync(syncFile, TENANT, editedHere.id, bound(editedHere, 5));
    const localEdited = { ...editedHere, description: 'changed locally' };
    const remoteHash = vi.fn(async () => 'sha256:' + 'f'.repeat(64));

    const rows = await compareWithTenant({
      tenantId: TENANT.id,
      locals: [
        { path: 'same.flow.json', flow: same },
        { path: 'edited.flow.json', flow: localEdited },
        { path: 'only-here.flow.json', flow: onlyHere },
      ],
      syncFile,
      remoteFlows: [summary(same, 2), summary(editedHere, 5), summary(onlyThere, 1)],
      remoteHash,
    });

    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['Same', 'in-sync'],
      ['Edited here', 'local-changes'],
      ['Only here', 'not-on-tenant'],
      ['Only there', 'only-on-tenant'],
    ]);
    // Revisions unchanged since the baseline: no document was fetched.
    expect(remoteHash).not.toHaveBeenCalled();
  });

  it('fetches a tenant document only when its revision moved, and tells a real remote change from an empty one', async () => {
    const changedThere = flow('Changed there');
    const touchedThere = flow('Touched there');
    let syncFile = recordSync(emptySyncFile(), TENANT, changedThere.id, bound(changedThere, 1));
    syncFile = recordSync(syncFile, TENANT, touchedThere.id, bound(touchedThere, 1));
    const hashes: Record<string, string> = { [changedThere.id]: 'sha256:' + 'e'.repeat(64), [touchedThere.id]: flowContentHash(touchedThere) };

    const rows = await compareWithTenant({
      tenantId: TENANT.id,
      locals: [
        { path: 'a.flow.json', flow: changedThere },
        { path: 'b.flow.json', flow: touchedThere },
      ],
      syncFile,
      remoteFlows: [summary(changedThere, 2), summary(touchedThere, 3)],
      remoteHash: async (id) => hashes[id]!,
    });
    expect(rows.map((row) => row.status)).toEqual(['remote-changes', 'in-sync']);
  });

  it('after a push the tenant stored differently, is in sync with the difference said, and stays so when the tenant saves that document again', async () => {
    const pushed = flow('Pushed');
    const stored = 'sha256:' + 'd'.repeat(64);
    const syncFile = recordSync(emptySyncFile(), TENANT, pushed.id, { ...bound(pushed, 2), remoteHash: stored });
    const remoteHash = vi.fn(async () => stored);
    const compare = (revision: number) =>
      compareWithTenant({ tenantId: TENANT.id, locals: [{ path: 'p.flow.json', flow: pushed }], syncFile, remoteFlows: [summary(pushed, revision)], remoteHash });

    expect((await compare(2)).map((row) => [row.status, row.tenantCopyDiffers])).toEqual([['in-sync', true]]);
    expect(remoteHash).not.toHaveBeenCalled();
    expect((await compare(3)).map((row) => [row.status, row.tenantCopyDiffers])).toEqual([['in-sync', true]]);
  });
});
