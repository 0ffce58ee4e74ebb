import { randomUUID } from 'node:crypto';
import type { EmitHostEvent, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import type { SecretBox } from './secret-box';
import type { SummaryCache } from './summary-cache';
import { createTenantConnections } from './tenant-connections';
import { createTenantPushHandlers } from './tenant-push';
import { createTenantLiveViewHandlers } from './tenant-live-view';
import { createTenantRevisionHandlers } from './tenant-revisions';
import { createTenantSyncHandlers } from './tenant-sync';
import { createSyncStore } from './workspace-state';
import type { WorkspaceRoot } from './workspace-root';

type TenantCallName = Extract<keyof HostHandlers, `tenants:${string}`>;
export type TenantHandlers = Pick<HostHandlers, TenantCallName>;

export interface TenantHandlerOptions {
  appDataDir: string;
  box: SecretBox;
  /** Node's fetch in the browser host; the fetch of Electron's tenant session (system proxy) in the desktop app. */
  fetch: TenantFetch;
  clock: () => Date;
  /** The open workspace, which sync compares with tenants. */
  root: WorkspaceRoot;
  summaries: SummaryCache;
  /** Written into the packs a push sends. */
  appVersion: string;
  /** Sends a push's progress to the renderer. */
  emit: EmitHostEvent;
}

/**
 * A tenant's refusal or a network failure as a host error (its messages never hold the token). A refusal
 * as invalid carries the tenant's findings, which the renderer words in the UI language.
 */
function remoteFailure(error: unknown): unknown {
  if (!isTenantApiError(error)) return error;
  return new HostError('REMOTE', error.message, error.detail.kind === 'validation' ? error.detail.diagnostics : []);
}

/**
 * The tenant calls: connections (tenant-connections.ts), reads from a connected tenant, and
 * sync with the open workspace (tenant-sync.ts). The token is looked up and used here, in the
 * host process, for each request.
 */
export function createTenantHandlers(options: TenantHandlerOptions): TenantHandlers {
  const connections = createTenantConnections({ appDataDir: options.appDataDir, box: options.box, clock: options.clock, newId: randomUUID });
  const syncStore = createSyncStore(options.root);

  async function withClient<T>(id: string, use: (client: TenantClient) => Promise<T>): Promise<T> {
    const { connection, token } = await connections.credentials(id);
    try {
      return await use(createTenantClient(createTenantHttp({ baseUrl: connection.url, token, fetch: options.fetch })));
    } catch (error) {
      throw remoteFailure(error);
    }
  }

  return {
    async 'tenants:list'() {
      return { connections: await connections.list(), keychain: { protects: options.box.protects, reason: options.box.unprotectedReason } };
    },
    async 'tenants:add'(args) {
      return { connection: await connections.add(args) };
    },
    async 'tenants:test'({ id }) {
      return withClient(id, async (client) => ({ info: (await client.call('getTenant')).data }));
    },
    async 'tenants:rename'({ id, name }) {
      return { connection: await connections.rename(id, name) };
    },
    async 'tenants:remove'({ id }) {
      await connections.remove(id);
      return {};
    },
    async 'tenants:flows'({ id }) {
      return withClient(id, async (client) => ({ flows: (await client.call('listFlows')).data.flows }));
    },
    async 'tenants:flowAction'({ id, flowId, action, revision }) {
      return withClient(id, async (client) => {
        if (action === 'duplicate') {
          const { document: _document, ...copy } = (await client.call('duplicateFlow', { params: { id: flowId } })).data;
          return { flow: copy };
        }
        return { flow: (await client.call('flowAction', { params: { id: flowId, action }, revision })).data.flow };
      });
    },
    async 'tenants:catalog'({ id }) {
      return withClient(id, async (client) => ({ snapshot: (await client.call('getCatalog')).data }));
    },
    ...createTenantSyncHandlers({ root: options.root, summaries: options.summaries, clock: options.clock, syncStore, withClient }),
    ...createTenantLiveViewHandlers({ syncStore, withClient }),
    ...createTenantRevisionHandlers({ withClient }),
    ...createTenantPushHandlers({ root: options.root, summaries: options.summaries, clock: options.clock, appVersion: options.appVersion, syncStore, withClient, emit: options.emit }),
  };
}
