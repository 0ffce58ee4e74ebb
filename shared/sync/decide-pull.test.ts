import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import { flowContentHash } from '../format/content-hash';
import { decidePull } from './decide-pull';
import { emptySyncFile, recordSync } from './sync-file';

const TENANT = { id: 'tenant-1', url: 'https://t.example' };
const base = createFlow({ profile: 'conversations', name: 'Welcome', now: new Date('2026-01-01T00:00:00Z') });
const synced = recordSync(emptySyncFile(), TENANT, base.id, { remoteId: base.id, revision: 2, contentHash: flowContentHash(base), syncedAt: '2026-01-01T00:00:00Z' });
const remoteEdit = { id: base.id, revision: 3, document: { ...base, description: 'edited on the tenant' } };

describe('decidePull', () => {
  it('creates a flow the folder does not have', () => {
    expect(decidePull({ tenantId: TENANT.id, remote: remoteEdit, locals: [], syncFile: synced, force: false })).toEqual({ action: 'create' });
  });

  it('updates an unchanged local copy', () => {
    const local = { path: 'welcome.flow.json', flow: base };
    expect(decidePull({ tenantId: TENANT.id, remote: remoteEdit, locals: [local], syncFile: synced, force: false })).toEqual({ action: 'update', local });
  });

  it('keeps a local copy changed since the last sync, unless forced', () => {
    const local = { path: 'welcome.flow.json', flow: { ...base, name: 'Welcome (mine)' } };
    expect(decidePull({ tenantId: TENANT.id, remote: remoteEdit, locals: [local], syncFile: synced, force: false })).toEqual({ action: 'keep', local, reason: 'both-changed' });
    const unchangedRemote = { ...remoteEdit, revision: 2, document: base };
    expect(decidePull({ tenantId: TENANT.id, remote: unchangedRemote, locals: [local], syncFile: synced, force: false })).toMatchObject({ action: 'keep', reason: 'local-changes' });
    expect(decidePull({ tenantId: TENANT.id, remote: remoteEdit, locals: [local], syncFile: synced, force: true })).toEqual({ action: 'update', local });
  });

  it('keeps a never-synchronised local copy that differs from the tenant’s', () => {
    const local = { path: 'welcome.flow.json', flow: { ...base, name: 'Welcome (mine)' } };
    expect(decidePull({ tenantId: TENANT.id, remote: remoteEdit, locals: [local], syncFile: emptySyncFile(), force: false })).toMatchObject({ action: 'keep', reason: 'both-changed' });
  });
});
