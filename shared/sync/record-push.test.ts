import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import { flowContentHash } from '../format/content-hash';
import { baselineAfterPush, recordPush } from './record-push';
import { bindingFor, emptySyncFile, syncFileSchema } from './sync-file';

const NOW = new Date('2026-12-06T10:00:00Z');
const TENANT = { id: 'tenant-1', url: 'https://tenant.example' };
const STORED = 'sha256:' + 'b'.repeat(64);

describe('the baseline a push leaves', () => {
  const local = createFlow({ profile: 'conversations', name: 'Welcome' });

  it('records the stored document’s hash beside the file’s when the tenant stored something else', () => {
    const binding = baselineAfterPush(local, { flowId: local.id, targetId: local.id, revision: 2, contentHash: STORED }, NOW);
    expect(binding).toEqual({ remoteId: local.id, revision: 2, contentHash: flowContentHash(local), remoteHash: STORED, syncedAt: NOW.toISOString() });
  });

  it('records one hash when the tenant stored the file as it is, or did not say what it stored (an older tenant)', () => {
    const same = baselineAfterPush(local, { flowId: local.id, targetId: local.id, revision: 2, contentHash: flowContentHash(local) }, NOW);
    const unsaid = baselineAfterPush(local, { flowId: local.id, targetId: local.id, revision: 2 }, NOW);
    expect(same).not.toHaveProperty('remoteHash');
    expect(unsaid).toEqual(same);
  });

  it('binds a copy to the copy’s id, and nothing for a skipped flow', () => {
    const copyId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const other = createFlow({ profile: 'conversations', name: 'Skipped' });
    const { file, bound } = recordPush(
      emptySyncFile(),
      TENANT,
      [
        { flowId: local.id, targetId: copyId, revision: 1, contentHash: STORED },
        { flowId: other.id, targetId: other.id },
      ],
      (id) => [local, other].find((flow) => flow.id === id),
      NOW,
    );
    expect(bound).toBe(1);
    expect(bindingFor(file, TENANT.id, local.id)).toMatchObject({ remoteId: copyId, revision: 1, remoteHash: STORED });
    expect(bindingFor(file, TENANT.id, other.id)).toBeUndefined();
    // The file stays valid as sync.json (version 1), and files without the stored hash still read.
    expect(syncFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });
});
