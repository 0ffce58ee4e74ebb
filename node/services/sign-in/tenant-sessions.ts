import * as oidc from 'openid-client';
import { HostError } from '../../../shared/host/host-error';
import type { TenantFetch } from '../../../shared/tenant-api/http/fetch-port';
import { SIGN_IN_SCOPE } from '../../../shared/tenant-api/sign-in';
import { createKeyedLock } from '../keyed-lock';
import type { TenantConnection, TenantConnections } from '../tenant-connections';
import { providerFor } from './tenant-provider';

/** An access token is renewed this long before it expires (at most half its life), so it never runs out during a request. */
export const RENEW_BEFORE_MS = 60_000;
/** How long a sign-in waits for the person to come back from the tenant's pages. */
export const SIGN_IN_WAIT_MS = 10 * 60_000;

export interface TenantSessionsOptions {
  connections: TenantConnections;
  clock: () => Date;
  /** What the provider's requests go through: the host's tenant fetch. Default: Node's fetch. */
  fetch?: TenantFetch | undefined;
}

/**
 * The editor's signed-in sessions with tenants, kept by the host process only: the refresh
 * token sealed in the connection store (as a pasted token is), the access token in memory.
 * The page never sees either.
 */
export interface TenantSessions {
  /** Starts a sign-in on the connection: the tenant's sign-in address, which sends the browser back to `redirectUri`. */
  begin(id: string, redirectUri: string): Promise<string>;
  /** The browser came back to the redirect address: checks it against a sign-in in progress and exchanges its code. */
  complete(callback: URL): Promise<TenantConnection>;
  /** Settles when the connection's sign-in in progress ends: the connection signed in, or null when it was cancelled. */
  wait(id: string): Promise<TenantConnection | null>;
  /** Gives up the connection's sign-in in progress: its answer, should it still come, exchanges nothing. */
  cancel(id: string): void;
  /** A live access token for the connection's session, renewed as needed; undefined when nobody is signed in. */
  accessToken(id: string, options?: { force?: boolean }): Promise<string | undefined>;
  /** Revokes the session's refresh token at the tenant and forgets the session (even when the tenant cannot be told). */
  signOut(id: string): Promise<{ revoked: boolean }>;
}

interface Pending {
  id: string;
  state: string;
  verifier: string;
  redirectUri: string;
  config: oidc.Configuration;
  timer: ReturnType<typeof setTimeout>;
}

interface Outcome {
  promise: Promise<TenantConnection | null>;
  resolve: (connection: TenantConnection | null) => void;
  reject: (error: unknown) => void;
}

function outcome(): Outcome {
  let resolve!: Outcome['resolve'];
  let reject!: Outcome['reject'];
  const promise = new Promise<TenantConnection | null>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // A sign-in nobody waits for (the page was closed) must not end the process as an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const claimText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

export function createTenantSessions(options: TenantSessionsOptions): TenantSessions {
  const { connections, clock } = options;
  const provider = (tenantUrl: string) => providerFor(tenantUrl, options.fetch);
  const pending = new Map<string, Pending>();
  const outcomes = new Map<string, Outcome>();
  const accessTokens = new Map<string, { token: string; renewAt: number }>();
  // One refresh at a time per connection: refresh tokens rotate, and presenting a used one ends the whole session.
  const oneAtATime = createKeyedLock();

  const connectionOf = async (id: string) => (await connections.list()).find((connection) => connection.id === id);
  const forget = async (id: string) => {
    accessTokens.delete(id);
    await connections.keepSession(id, undefined);
  };
  const remember = (id: string, tokens: oidc.TokenEndpointResponse) => {
    const seconds = typeof tokens.expires_in === 'number' ? tokens.expires_in : 60;
    // Renewed a minute before it runs out, or halfway through a shorter life.
    accessTokens.set(id, { token: tokens.access_token, renewAt: clock().getTime() + seconds * 1000 - Math.min(RENEW_BEFORE_MS, (seconds * 1000) / 2) });
  };

  // Forgets the connection's sign-in in progress, so that its answer, if it comes, matches nothing.
  const dropPending = (id: string) => {
    for (const [state, entry] of pending) {
      if (entry.id === id) {
        clearTimeout(entry.timer);
        pending.delete(state);
      }
    }
  };

  const exchange = async (entry: Pending, callback: URL): Promise<TenantConnection> => {
    // The code is exchanged at the redirect address the request named, whatever host name the browser used.
    const current = new URL(entry.redirectUri);
    current.search = callback.search;
    let tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
    try {
      tokens = await oidc.authorizationCodeGrant(entry.config, current, { pkceCodeVerifier: entry.verifier, expectedState: entry.state });
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) throw new HostError('REMOTE', `the tenant did not sign you in (${error.error_description ?? error.error})`);
      if (error instanceof oidc.ResponseBodyError) throw new HostError('REMOTE', `the tenant refused the sign-in (${error.error_description ?? error.error})`);
      throw error;
    }
    if (!tokens.refresh_token) throw new HostError('REMOTE', 'the tenant gave no refresh token: the session could not be kept');
    const claims = tokens.claims();
    let name = claimText(claims?.name);
    let email = claimText(claims?.email);
    if (claims && (name === null || email === null)) {
      // The provider may keep name and e-mail for the user info endpoint rather than the ID token.
      const info = await oidc.fetchUserInfo(entry.config, tokens.access_token, claims.sub);
      name ??= claimText(info.name);
      email ??= claimText(info.email);
    }
    await connections.keepSession(entry.id, { refreshToken: tokens.refresh_token, name, email });
    remember(entry.id, tokens);
    const connection = await connectionOf(entry.id);
    if (!connection) throw new HostError('NOT_FOUND', 'this tenant connection no longer exists');
    return connection;
  };

  return {
    async begin(id, redirectUri) {
      const connection = await connectionOf(id);
      if (!connection) throw new HostError('NOT_FOUND', 'this tenant connection no longer exists');
      dropPending(id);
      outcomes.get(id)?.reject(new HostError('CONFLICT', 'another sign-in on this connection replaced this one'));
      const config = await provider(connection.url);
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const timer = setTimeout(() => {
        pending.delete(state);
        outcomes.get(id)?.reject(new HostError('REMOTE', 'the sign-in was not finished in time: sign in again'));
      }, SIGN_IN_WAIT_MS);
      timer.unref?.();
      pending.set(state, { id, state, verifier, redirectUri, config, timer });
      outcomes.set(id, outcome());
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: SIGN_IN_SCOPE,
          code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
          code_challenge_method: 'S256',
          state,
        })
        .toString();
    },

    async complete(callback) {
      const entry = pending.get(callback.searchParams.get('state') ?? '');
      // An answer with no sign-in of ours behind it (old, replayed, or made up by another page) exchanges nothing.
      if (!entry) throw new HostError('INVALID_ARGS', 'this sign-in answer matches no sign-in in progress: sign in again from Flowpack Studio');
      pending.delete(entry.state);
      clearTimeout(entry.timer);
      const settled = outcomes.get(entry.id);
      try {
        const connection = await exchange(entry, callback);
        settled?.resolve(connection);
        return connection;
      } catch (error) {
        settled?.reject(error);
        throw error;
      }
    },

    cancel(id) {
      dropPending(id);
      outcomes.get(id)?.resolve(null);
    },

    async wait(id) {
      const settled = outcomes.get(id);
      if (!settled) throw new HostError('NOT_FOUND', 'no sign-in is in progress on this connection');
      return settled.promise;
    },

    accessToken(id, { force = false } = {}) {
      return oneAtATime(id, async () => {
        const kept = accessTokens.get(id);
        if (!force && kept && kept.renewAt > clock().getTime()) return kept.token;
        const session = await connections.session(id);
        if (!session) return undefined;
        const connection = await connectionOf(id);
        const config = await provider(connection!.url);
        let tokens: oidc.TokenEndpointResponse;
        try {
          tokens = await oidc.refreshTokenGrant(config, session.refreshToken);
        } catch (error) {
          if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') {
            // Signed out elsewhere, revoked, or expired: the kept session is of no more use.
            await forget(id);
            throw new HostError('REMOTE', `your session with "${connection!.name}" has ended: sign in again`);
          }
          throw error;
        }
        // The provider rotates refresh tokens: the new one is kept at once, the old one no longer works.
        await connections.keepSession(id, { ...session, refreshToken: tokens.refresh_token ?? session.refreshToken });
        remember(id, tokens);
        return tokens.access_token;
      });
    },

    signOut(id) {
      return oneAtATime(id, async () => {
        const session = await connections.session(id);
        if (!session) {
          accessTokens.delete(id);
          return { revoked: false };
        }
        let revoked = true;
        try {
          const connection = await connectionOf(id);
          await oidc.tokenRevocation(await provider(connection!.url), session.refreshToken, { token_type_hint: 'refresh_token' });
        } catch {
          revoked = false;
        }
        // Forgotten either way: keeping a session the person asked to end would be worse than one left to expire.
        await forget(id);
        return { revoked };
      });
    },
  };
}
