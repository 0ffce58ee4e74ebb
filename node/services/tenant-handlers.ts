import { randomUUID } from 'node:crypto';
import type { EmitHostEvent, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import type { SecretBox } from './secret-box';
import { startLoopbackRedirect } from './sign-in/loopback-redirect';
import { createTenantSessions } from './sign-in/tenant-sessions';
import type { TenantSessions } from './sign-in/tenant-sessions';
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
  /** How the person reaches the tenant's sign-in page and comes back; without it, signing in is not supported. */
  signIn?: SignInReturn | undefined;
}

/**
 * Desktop: the system browser, back to a loopback server of this process on a free port.
 * Browser host: the page opens the sign-in address itself, and comes back to the host's own
 * redirect route (which hands the answer to `completeSignIn`).
 */
export type SignInReturn = { kind: 'system-browser'; openExternal: (url: string) => Promise<void> } | { kind: 'page'; redirectUri: () => string };

/** The tenant handlers, and where a host's own redirect route hands the browser's answer. */
export interface TenantService {
  handlers: TenantHandlers;
  completeSignIn(answer: URL): Promise<unknown>;
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
export function createTenantService(options: TenantHandlerOptions): TenantService {
  const connections = createTenantConnections({ appDataDir: options.appDataDir, box: options.box, clock: options.clock, newId: randomUUID });
  const sessions = createTenantSessions({ connections, clock: options.clock, fetch: options.fetch });
  const syncStore = createSyncStore(options.root);

  async function withClient<T>(id: string, use: (client: TenantClient) => Promise<T>): Promise<T> {
    const { connection, token } = await connections.credentials(id);
    // Signed in: the session's access token, renewed by the host; otherwise the pasted token.
    const signedIn = connection.signedInAs ? await sessions.accessToken(id) : undefined;
    const bearer = signedIn ?? token;
    if (bearer === undefined) throw new HostError('NOT_SIGNED_IN', `nobody is signed in on "${connection.name}", and it has no token: sign in first`);
    const session = signedIn === undefined ? undefined : sessionFetch(sessions, id, options.fetch);
    try {
      return await use(createTenantClient(createTenantHttp({ baseUrl: connection.url, token: bearer, fetch: session?.fetch ?? options.fetch })));
    } catch (error) {
      // A session that ended (signed out elsewhere, revoked) says so, rather than the tenant's bare refusal.
      throw session?.ended() ?? remoteFailure(error);
    }
  }

  const handlers: TenantHandlers = {
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
      // A session would otherwise outlive its connection at the tenant, its refresh token valid for weeks.
      await sessions.signOut(id).catch(() => undefined);
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
    async 'tenants:signIn'({ id }) {
      const signIn = options.signIn;
      if (!signIn) throw new HostError('NOT_SUPPORTED', 'signing in is not available here');
      if (signIn.kind === 'page') return { openInPage: await sessions.begin(id, signIn.redirectUri()) };
      const loopback = await startLoopbackRedirect((answer) => sessions.complete(answer));
      try {
        const address = await sessions.begin(id, loopback.redirectUri);
        // The loopback server listens until this sign-in ends, however it ends.
        void sessions.wait(id).catch(() => undefined).finally(() => void loopback.close());
        await signIn.openExternal(address);
      } catch (error) {
        await loopback.close();
        throw error;
      }
      return { openInPage: null };
    },
    async 'tenants:signInWait'({ id }) {
      return { connection: await sessions.wait(id) };
    },
    async 'tenants:signInCancel'({ id }) {
      sessions.cancel(id);
      return {};
    },
    async 'tenants:signOut'({ id }) {
      const { revoked } = await sessions.signOut(id);
      const connection = (await connections.list()).find((each) => each.id === id);
      if (!connection) throw new HostError('NOT_FOUND', 'this tenant connection no longer exists');
      return { connection, revoked };
    },
  };
  return { handlers, completeSignIn: (answer) => sessions.complete(answer) };
}

/** The tenant handlers alone, for hosts and tests that sign nobody in through a redirect route of their own. */
export function createTenantHandlers(options: TenantHandlerOptions): TenantHandlers {
  return createTenantService(options).handlers;
}

/**
 * The tenant fetch of a signed-in connection: a 401 (the access token revoked or expired
 * early) renews the access token once and sends the request again with it. When the session
 * itself has ended, the refusal stands and `ended` says why, for the caller to report.
 */
function sessionFetch(sessions: TenantSessions, id: string, fetch: TenantFetch): { fetch: TenantFetch; ended: () => unknown } {
  let ended: unknown;
  return {
    ended: () => ended,
    fetch: async (url, init) => {
      const first = await fetch(url, init);
      if (first.status !== 401) return first;
      let renewed: string | undefined;
      try {
        renewed = await sessions.accessToken(id, { force: true });
      } catch (error) {
        ended = error;
      }
      if (renewed === undefined) return first;
      // Whatever the spelling of the header the client set, the renewed token replaces it.
      const headers = Object.fromEntries(Object.entries(init.headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
      return fetch(url, { ...init, headers: { ...headers, Authorization: `Bearer ${renewed}` } });
    },
  };
}
