import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';

/** What the live view asks of its host: the connected tenants, and a flow's status and statistics on one. */
export function createLiveViewActions(client: HostClient) {
  return {
    connections: async () => (await client.call('tenants:list', {})).connections.map((connection) => ({ id: connection.id, name: connection.name })),
    liveView: (connectionId: string, flowId: string) => client.call('tenants:liveView', { id: connectionId, flowId }),
  };
}
export type LiveViewActions = ReturnType<typeof createLiveViewActions>;

export const liveViewActions = createLiveViewActions(hostClient);
