import type { HostHandlers } from '../../shared/host/contract';
import { summariseRevisions } from '../../shared/sync/revision-history';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';

export type TenantRevisionHandlers = Pick<HostHandlers, 'tenants:revisions' | 'tenants:revision' | 'tenants:restore'>;

/**
 * A tenant flow's revisions for the editor: the list with what each changed (the summary
 * `flowpack revisions` prints), one revision's document, and a restore as `flowpack restore`
 * makes it: the chosen revision's document sent as an ordinary update at the current revision.
 */
export function createTenantRevisionHandlers(options: { withClient: <T>(id: string, use: (client: TenantClient) => Promise<T>) => Promise<T> }): TenantRevisionHandlers {
  const { withClient } = options;
  const documentOf = async (client: TenantClient, flowId: string, revision: number) => (await client.call('getRevision', { params: { id: flowId, revision } })).data.document;
  return {
    async 'tenants:revisions'({ id, flowId }) {
      return withClient(id, async (client) => {
        const { data } = await client.call('listRevisions', { params: { id: flowId } });
        return { revisions: await summariseRevisions(data.revisions, (revision) => documentOf(client, flowId, revision)) };
      });
    },
    async 'tenants:revision'({ id, flowId, revision }) {
      return withClient(id, async (client) => ({ revision: (await client.call('getRevision', { params: { id: flowId, revision } })).data }));
    },
    async 'tenants:restore'({ id, flowId, revision, current }) {
      return withClient(id, async (client) => {
        const document = await documentOf(client, flowId, revision);
        // Sent for the revision the person saw as current: a change saved since is refused, never overwritten.
        const updated = await client.call('updateFlow', { params: { id: flowId }, body: { document }, revision: current });
        return { revision: updated.data.revision };
      });
    },
  };
}
