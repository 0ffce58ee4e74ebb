import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import { checkPush } from './check-push';
import { flowContentHash } from '../format/content-hash';
import { emptySyncFile, recordSync } from './sync-file';

const tenant = { id: 'tenant-1', url: 'https://tenant.example' };
const pulled = createFlow({ profile: 'conversations', name: 'Welcome' });
const edited = { ...pulled, description: 'Edited here' };
const theirs = 'sha256:' + 'e'.repeat(64);
const syncedAt = '2026-12-01T10:00:00Z';
/** The workspace pulled `pulled` at revision 3. */
const synced = recordSync(emptySyncFile(), tenant, pulled.id, { remoteId: pulled.id, revision: 3, contentHash: flowContentHash(pulled), syncedAt });

/** Checks a push of `local`; `remote` null: the tenant no longer has the flow (the plan then creates it). */
function check(local = edited, remote: { revision: number; hash: string } | null = { revision: 3, hash: flowContentHash(pulled) }) {
  const action = remote ? 'update' : 'create';
  const asked: string[] = [];
  const result = checkPush({
    tenantId: tenant.id,
    flows: [{ local, targetId: pulled.id, action }],
    syncFile: synced,
    remoteFlows: remote ? [{ id: pulled.id, revision: remote.revision }] : [],
    remoteHash: async (id) => {
      asked.push(id);
      return remote!.hash;
    },
  });
  return result.then((answer) => ({ ...answer, asked }));
}

describe('checkPush: what a push from the workspace would overwrite on the tenant', () => {
  it('lets a local change go when the tenant copy is as last synchronised, expecting that revision, without reading the flow', async () => {
    expect(await check()).toEqual({ expectedRevisions: { [pulled.id]: 3 }, overwrites: [], asked: [] });
  });

  it('finds a flow changed on both sides, naming it and both revisions', async () => {
    const answer = await check(edited, { revision: 4, hash: theirs });
    expect(answer.overwrites).toEqual([{ id: pulled.id, name: 'Welcome', remoteId: pulled.id, reason: 'both-changed', revision: 4, syncedRevision: 3 }]);
    expect(answer.expectedRevisions).toEqual({ [pulled.id]: 4 });
  });

  it('finds a tenant change the local copy does not have: pushing it would undo the change', async () => {
    expect((await check(pulled, { revision: 4, hash: theirs })).overwrites.map((o) => o.reason)).toEqual(['remote-changes']);
  });

  it('lets a new revision with the same content go (a lifecycle action or an empty save changes nothing)', async () => {
    expect(await check(edited, { revision: 5, hash: flowContentHash(pulled) })).toMatchObject({ expectedRevisions: { [pulled.id]: 5 }, overwrites: [] });
  });

  it('finds a synchronised flow deleted on the tenant since, which the push would create again', async () => {
    expect((await check(edited, null)).overwrites).toEqual([{ id: pulled.id, name: 'Welcome', remoteId: pulled.id, reason: 'deleted-on-tenant', syncedRevision: 3 }]);
  });

  it('without a sync binding, treats differing copies as changed on both sides, as status does, and equal ones as in sync', async () => {
    const stranger = createFlow({ profile: 'conversations', name: 'Never synchronised' });
    const run = (hash: string) =>
      checkPush({ tenantId: tenant.id, flows: [{ local: stranger, targetId: stranger.id, action: 'update' }], syncFile: emptySyncFile(), remoteFlows: [{ id: stranger.id, revision: 1 }], remoteHash: async () => hash });
    expect((await run(theirs)).overwrites.map((o) => o.reason)).toEqual(['both-changed']);
    expect((await run(flowContentHash(stranger))).overwrites).toEqual([]);
  });

  it('checks nothing for a new flow the workspace never synchronised', async () => {
    const fresh = createFlow({ profile: 'conversations', name: 'New' });
    expect(await checkPush({ tenantId: tenant.id, flows: [{ local: fresh, targetId: fresh.id, action: 'create' }], syncFile: synced, remoteFlows: [], remoteHash: async () => theirs })).toEqual({ expectedRevisions: {}, overwrites: [] });
  });
});
