import { describe, expect, it } from 'vitest';
import { chosenTenant, tenantChoices } from './catalog-tenant';
import type { TenantSource } from './catalog-tenant';

const classroom: TenantSource = { connectionId: 'c1', name: 'Classroom', tenantId: 't-classroom', profile: 'contact-center' };
const sandbox: TenantSource = { connectionId: 'c2', name: 'Sandbox', tenantId: 't-sandbox', profile: 'contact-center' };
const sales: TenantSource = { connectionId: 'c3', name: 'Sales pipeline', tenantId: 't-sales', profile: 'pipeline' };

describe('which tenant the drawer picks entities from', () => {
  it('offers only the connected tenants of the flow’s profile', () => {
    expect(tenantChoices([classroom, sales, sandbox], 'contact-center', []).choices).toEqual([classroom, sandbox]);
    expect(tenantChoices([classroom, sandbox], 'pipeline', [])).toEqual({ choices: [], synced: undefined });
    expect(chosenTenant(tenantChoices([classroom], 'pipeline', []), {})).toBeUndefined();
  });

  it('starts on the tenant the flow was last pulled from or pushed to', () => {
    const choices = tenantChoices([classroom, sandbox], 'contact-center', ['t-sandbox']);
    expect(choices.synced).toEqual(sandbox);
    expect(chosenTenant(choices, { forProfile: 'c1' })).toEqual(sandbox);
  });

  it('keeps what the user chose: for this flow first, then for flows of its profile, over the first connected', () => {
    const unsynced = tenantChoices([classroom, sandbox], 'contact-center', []);
    expect(chosenTenant(unsynced, {})).toEqual(classroom);
    expect(chosenTenant(unsynced, { forProfile: 'c2' })).toEqual(sandbox);
    expect(chosenTenant(tenantChoices([classroom, sandbox], 'contact-center', ['t-sandbox']), { forFlow: 'c1' })).toEqual(classroom);
    // A choice whose connection was removed since is passed over.
    expect(chosenTenant(unsynced, { forFlow: 'gone', forProfile: 'gone' })).toEqual(classroom);
  });
});
