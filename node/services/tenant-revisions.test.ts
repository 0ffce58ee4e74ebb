import { describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import { TenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { createTenantRevisionHandlers } from './tenant-revisions';

const CONNECTION = '0c8f3c52-2b0e-4e0c-9a55-3b6f0d3a9e11';
const first = createFlow({ profile: 'conversations', name: 'Welcome' });
const second: Flow = { ...first, description: 'Edited' };
const stored: Record<number, Flow> = { 1: first, 2: second };

/** A tenant keeping revisions 1 and 2 of one flow, 2 current; records each update it is sent. */
function tenant(refuse?: TenantApiError) {
  const updates: { document: Flow; revision: number }[] = [];
  const client = {
    baseUrl: 'http://tenant.test',
    call: async (name: string, input: { params: { id: string; revision?: number }; body?: { document: Flow }; revision?: number }) => {
      const entry = (revision: number) => ({ revision, name: 'Welcome', createdAt: '2026-12-06T10:00:00Z', createdBy: null, createdByLabel: null });
      if (name === 'listRevisions') return { data: { revisions: [entry(2), entry(1)] } };
      if (name === 'getRevision') return { data: { ...entry(input.params.revision!), document: stored[input.params.revision!] } };
      if (name === 'updateFlow') {
        if (refuse) throw refuse;
        updates.push({ document: input.body!.document, revision: input.revision! });
        return { data: { revision: 3 } };
      }
      throw new Error(`unexpected ${name}`);
    },
  } as unknown as TenantClient;
  return { handlers: createTenantRevisionHandlers({ withClient: (_id, use) => use(client) }), updates };
}

describe('a tenant flow’s revisions through the host', () => {
  it('lists the revisions newest first with what each changed against the one before', async () => {
    const { handlers } = tenant();
    const { revisions } = await handlers['tenants:revisions']({ id: CONNECTION, flowId: first.id });
    expect(revisions.map((entry) => [entry.revision, entry.changes?.flowFields ?? null])).toEqual([
      [2, 1],
      [1, null],
    ]);
  });

  it('restores by sending the chosen revision’s document as an update at the revision shown as current', async () => {
    const { handlers, updates } = tenant();
    expect(await handlers['tenants:restore']({ id: CONNECTION, flowId: first.id, revision: 1, current: 2 })).toEqual({ revision: 3 });
    expect(updates).toEqual([{ document: first, revision: 2 }]);
  });

  it('passes the tenant’s refusal on (a change saved meanwhile, a lifecycle rule): nothing is retried over it', async () => {
    const refusal = new TenantApiError({ kind: 'conflict', status: 412, currentEtag: '"3"' }, 'the flow is at revision 3, not 2');
    const { handlers, updates } = tenant(refusal);
    await expect(handlers['tenants:restore']({ id: CONNECTION, flowId: first.id, revision: 1, current: 2 })).rejects.toBe(refusal);
    expect(updates).toEqual([]);
  });
});
