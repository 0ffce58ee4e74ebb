import { describe, expect, it } from 'vitest';
import { syncStatus, tenantCopyDiffers } from './sync-status';

const A = 'sha256:' + 'a'.repeat(64);
const B = 'sha256:' + 'b'.repeat(64);
const C = 'sha256:' + 'c'.repeat(64);
const baseline = { revision: 3, contentHash: A };

describe('syncStatus: how a local flow stands against the tenant', () => {
  it('is not on the tenant when the tenant has no such flow, bound before or not', () => {
    expect(syncStatus({ localHash: A })).toBe('not-on-tenant');
    expect(syncStatus({ baseline, localHash: A })).toBe('not-on-tenant');
  });

  it('is in sync when neither side moved since the last pull or push', () => {
    expect(syncStatus({ baseline, localHash: A, remote: { revision: 3, contentHash: A } })).toBe('in-sync');
  });

  it('has local changes when only the local content changed', () => {
    expect(syncStatus({ baseline, localHash: B, remote: { revision: 3, contentHash: A } })).toBe('local-changes');
  });

  it('has remote changes when only the tenant’s copy changed', () => {
    expect(syncStatus({ baseline, localHash: A, remote: { revision: 4, contentHash: B } })).toBe('remote-changes');
  });

  it('ignores a new revision with the same content (a lifecycle action, an empty save)', () => {
    expect(syncStatus({ baseline, localHash: A, remote: { revision: 5, contentHash: A } })).toBe('in-sync');
    expect(syncStatus({ baseline, localHash: B, remote: { revision: 5, contentHash: A } })).toBe('local-changes');
  });

  it('has both changed when both sides moved to different content', () => {
    expect(syncStatus({ baseline, localHash: B, remote: { revision: 4, contentHash: C } })).toBe('both-changed');
  });

  it('is in sync when both sides made the same change', () => {
    expect(syncStatus({ baseline, localHash: B, remote: { revision: 4, contentHash: B } })).toBe('in-sync');
  });

  it('without a baseline, equal copies are in sync and different ones need a person to choose', () => {
    expect(syncStatus({ localHash: A, remote: { revision: 1, contentHash: A } })).toBe('in-sync');
    expect(syncStatus({ localHash: A, remote: { revision: 1, contentHash: B } })).toBe('both-changed');
  });

  describe('after a push whose tenant stored something else than the file (it filled in or kept values the file leaves open)', () => {
    // The file is A; the tenant stored B at revision 3 (a created tag's id, a sender kept from the tenant).
    const pushed = { revision: 3, contentHash: A, remoteHash: B };

    it('is in sync, and says the tenant’s copy differs from the file', () => {
      const sides = { baseline: pushed, localHash: A, remote: { revision: 3, contentHash: B } };
      expect(syncStatus(sides)).toBe('in-sync');
      expect(tenantCopyDiffers(sides)).toBe(true);
    });

    it('does not take a new revision of the same stored document (a save that changed nothing) for a change on the tenant', () => {
      expect(syncStatus({ baseline: pushed, localHash: A, remote: { revision: 4, contentHash: B } })).toBe('in-sync');
      expect(syncStatus({ baseline: pushed, localHash: C, remote: { revision: 4, contentHash: B } })).toBe('local-changes');
    });

    it('still sees a real change on the tenant, measured from what the tenant stored', () => {
      expect(syncStatus({ baseline: pushed, localHash: A, remote: { revision: 4, contentHash: C } })).toBe('remote-changes');
      // The tenant's copy going back to the file's content is a change on the tenant too.
      expect(syncStatus({ baseline: pushed, localHash: A, remote: { revision: 4, contentHash: A } })).toBe('in-sync');
      expect(syncStatus({ baseline: pushed, localHash: C, remote: { revision: 4, contentHash: A } })).toBe('both-changed');
    });

    it('says nothing of a difference when the copies are equal or a side changed', () => {
      expect(tenantCopyDiffers({ baseline, localHash: A, remote: { revision: 3, contentHash: A } })).toBe(false);
      expect(tenantCopyDiffers({ baseline: pushed, localHash: C, remote: { revision: 3, contentHash: B } })).toBe(false);
      expect(tenantCopyDiffers({ baseline: pushed, localHash: A })).toBe(false);
    });
  });
});
