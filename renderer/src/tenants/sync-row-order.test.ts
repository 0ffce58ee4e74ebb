import { describe, expect, it } from 'vitest';
import { orderSyncRows } from './sync-row-order';

describe('the order of the Sync list', () => {
  it('puts a flow changed on both sides first, so the one conflict is never buried under flows that need nothing', () => {
    const rows = [
      { name: 'Alpha', status: 'in-sync' as const },
      { name: 'Beta', status: 'not-on-tenant' as const },
      { name: 'Gamma', status: 'both-changed' as const },
      { name: 'Delta', status: 'remote-changes' as const },
      { name: 'Epsilon', status: 'local-changes' as const },
      { name: 'Apex', status: 'not-on-tenant' as const },
    ];
    expect(orderSyncRows(rows).map((row) => row.name)).toEqual(['Gamma', 'Epsilon', 'Delta', 'Apex', 'Beta', 'Alpha']);
  });
});
