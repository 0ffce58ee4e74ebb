import { describe, expect, it } from 'vitest';
import { decisionsWithBindings, emptyBindingsFile } from '../import/bindings-file';
import { emptySyncFile, recordSync } from './sync-file';
import { syncedTargets } from './synced-targets';

const TENANT = { id: 'tenant-1', url: 'https://tenant.example' };
const LOCAL = '54371eb3-5096-4e45-8c6f-bd1f4c471873';
const COPY = '0e4a1c52-7d3b-4f8e-9a61-2b5c8d7e9f10';
const PLAIN = 'c80ebc45-163c-4014-8204-0206522e6a4f';
const at = (remoteId: string) => ({ remoteId, revision: 1, contentHash: 'sha256:' + 'a'.repeat(64), syncedAt: '2026-12-06T10:00:00Z' });

describe('the tenant flow a push updates, from what the workspace is synchronised with', () => {
  const syncFile = recordSync(recordSync(emptySyncFile(), TENANT, LOCAL, at(COPY)), TENANT, PLAIN, at(PLAIN));

  it('updates the copy a flow was imported as, not its original; a flow bound to its own id needs no decision', () => {
    expect(syncedTargets(syncFile, TENANT.id, [LOCAL, PLAIN], new Set([LOCAL, COPY, PLAIN]))).toEqual({ [LOCAL]: { action: 'update', targetId: COPY } });
  });

  it('says nothing of a copy the tenant no longer has, of flows not pushed now, or of another tenant', () => {
    expect(syncedTargets(syncFile, TENANT.id, [LOCAL], new Set([LOCAL]))).toEqual({});
    expect(syncedTargets(syncFile, TENANT.id, [PLAIN], new Set([LOCAL, COPY, PLAIN]))).toEqual({});
    expect(syncedTargets(syncFile, 'tenant-2', [LOCAL], new Set([COPY]))).toEqual({});
  });

  it('wins over the copy choice saved when the copy was made, and loses to a choice given now', () => {
    const saved = { ...emptyBindingsFile(), tenants: { [TENANT.id]: { flows: { [LOCAL]: { action: 'copy' as const } }, references: [] } } };
    const synced = syncedTargets(syncFile, TENANT.id, [LOCAL], new Set([LOCAL, COPY]));
    expect(decisionsWithBindings(saved, TENANT.id, [LOCAL], {}, synced).flows).toEqual({ [LOCAL]: { action: 'update', targetId: COPY } });
    expect(decisionsWithBindings(emptyBindingsFile(), TENANT.id, [LOCAL], {}, synced).flows).toEqual({ [LOCAL]: { action: 'update', targetId: COPY } });
    expect(decisionsWithBindings(saved, TENANT.id, [LOCAL], { flows: { [LOCAL]: { action: 'skip' } } }, synced).flows).toEqual({ [LOCAL]: { action: 'skip' } });
  });
});
