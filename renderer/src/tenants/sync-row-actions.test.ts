import { describe, expect, it } from 'vitest';
import { syncRowActions } from './sync-row-actions';

describe('what the Sync view offers for a flow', () => {
  it('offers pull for what changed only on the tenant, and compare before anything local is overwritten', () => {
    expect(syncRowActions({ status: 'remote-changes', tenantCopyDiffers: false })).toEqual(['pull']);
    expect(syncRowActions({ status: 'only-on-tenant', tenantCopyDiffers: false })).toEqual(['pull']);
    expect(syncRowActions({ status: 'local-changes', tenantCopyDiffers: false })).toEqual(['compare']);
    expect(syncRowActions({ status: 'both-changed', tenantCopyDiffers: false })).toEqual(['compare']);
  });

  it('offers compare and pull for a flow in sync whose tenant copy fills in or keeps values the file leaves open, and nothing when the copies are equal', () => {
    expect(syncRowActions({ status: 'in-sync', tenantCopyDiffers: true })).toEqual(['compare', 'pull']);
    expect(syncRowActions({ status: 'in-sync', tenantCopyDiffers: false })).toEqual([]);
    expect(syncRowActions({ status: 'not-on-tenant', tenantCopyDiffers: false })).toEqual([]);
  });
});
