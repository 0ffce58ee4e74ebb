import type { HostArgs, HostEvent } from '../../../shared/host/contract';
import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';
import { changedOnTenant } from './changed-on-tenant';

type PushArgs = Omit<HostArgs<'tenants:push'>, 'mode' | 'progressId'>;

/**
 * What the tenants feature asks of its host: connections, their flows, sync and push. Requests
 * to a tenant run in the host, which holds the tokens; components call these, never the host client.
 */
export function createTenantActions(client: HostClient, newId: () => string = () => crypto.randomUUID()) {
  return {
    listTenants: () => client.call('tenants:list', {}),
    addTenant: (args: HostArgs<'tenants:add'>) => client.call('tenants:add', args),
    renameTenant: (id: string, name: string) => client.call('tenants:rename', { id, name }),
    removeTenant: (id: string) => client.call('tenants:remove', { id }),
    testConnection: (id: string) => client.call('tenants:test', { id }),
    signIn: (id: string) => client.call('tenants:signIn', { id }),
    waitForSignIn: (id: string) => client.call('tenants:signInWait', { id }),
    cancelSignIn: (id: string) => client.call('tenants:signInCancel', { id }),
    signOut: (id: string) => client.call('tenants:signOut', { id }),
    remoteFlows: (id: string) => client.call('tenants:flows', { id }),
    flowAction: (args: HostArgs<'tenants:flowAction'>) => client.call('tenants:flowAction', args),
    syncStatus: (id: string) => client.call('tenants:status', { id }),
    pull: (args: HostArgs<'tenants:pull'>) => client.call('tenants:pull', args),
    compare: (id: string, path: string) => client.call('tenants:compare', { id, path }),
    merge: (args: HostArgs<'tenants:merge'>) => client.call('tenants:merge', args),
    keepMine: (args: HostArgs<'tenants:keepMine'>) => client.call('tenants:keepMine', args),
    revisions: (id: string, flowId: string) => client.call('tenants:revisions', { id, flowId }),
    revision: (id: string, flowId: string, revision: number) => client.call('tenants:revision', { id, flowId, revision }),
    restoreRevision: (args: HostArgs<'tenants:restore'>) => client.call('tenants:restore', args),
    /** The pushed flows the Sync view shows as changed on the tenant (none when it cannot say), to name them in a refusal. */
    flowsChangedOnTenant: (id: string, paths: string[]) =>
      client.call('tenants:status', { id }).then(
        (status) => changedOnTenant(status.rows, paths),
        () => [],
      ),
    pushPrepare: (id: string, paths: string[]) => client.call('tenants:pushPrepare', { id, paths }),
    pushDryRun: (args: PushArgs) => client.call('tenants:push', { ...args, mode: 'dry-run' }),
    /**
     * Applies a push, handing each progress report of this push (not another's) to `onProgress`
     * while it runs; stops listening when it ends, however it ends.
     */
    async pushApply(args: PushArgs, onProgress: (progress: HostEvent<'tenants:pushProgress'>['progress']) => void) {
      const progressId = newId();
      const stopListening = client.on('tenants:pushProgress', (event) => {
        if (event.progressId === progressId) onProgress(event.progress);
      });
      try {
        return await client.call('tenants:push', { ...args, mode: 'apply', progressId });
      } finally {
        stopListening();
      }
    },
  };
}

export type TenantActions = ReturnType<typeof createTenantActions>;

/** The tenants feature's actions over the application's host client. */
export const tenantActions: TenantActions = createTenantActions(hostClient);
