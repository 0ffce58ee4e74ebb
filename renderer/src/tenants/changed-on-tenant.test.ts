import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../../../shared/host/tenant-calls';
import { changedOnTenant } from './changed-on-tenant';

const row = (name: string, path: string | null, status: SyncRow['status']): SyncRow => ({ id: name, name, path, status, tenantCopyDiffers: false, remoteId: null, revision: null });

describe('the flows a refused push names', () => {
  it('are the pushed flows changed on the tenant or on both sides, not the others or flows not pushed', () => {
    const rows = [
      row('Onboarding', 'onboarding.flow.json', 'both-changed'),
      row('Renewals', 'renewals.flow.json', 'remote-changes'),
      row('Welcome', 'welcome.flow.json', 'local-changes'),
      row('Churn', 'churn.flow.json', 'both-changed'),
      row('Only there', null, 'only-on-tenant'),
    ];
    expect(changedOnTenant(rows, ['onboarding.flow.json', 'renewals.flow.json', 'welcome.flow.json'])).toEqual(['Onboarding', 'Renewals']);
  });
});
