import * as oidc from 'openid-client';
import { SIGN_IN_SCOPE } from '../../shared/tenant-api/sign-in';
import { FileLockBusy } from '../../node/services/file-lock';
import { providerFor } from '../../node/services/sign-in/tenant-provider';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { changeSession, readSession } from './session-file';
import type { TenantSession } from './session-file';

/**
 * A signed-in session with a tenant, through the tenant's OpenID Connect provider (its issuer
 * is the tenant's address): the device authorization grant to sign in from a terminal, the
 * refresh token grant to get a fresh access token, revocation to sign out. The editor can use
 * the same calls; only the way the person reaches the sign-in page differs.
 */

export { providerFor };

/** What the person must do on the other device: open the address and type the code. */
export interface DevicePrompt {
  verificationUri: string;
  verificationUriComplete?: string | undefined;
  userCode: string;
  expiresInSeconds: number;
}

/** Signs in with the device authorization grant: shows the prompt, waits (polling) until the person approves or refuses. */
export async function signInWithDevice(config: oidc.Configuration, show: (prompt: DevicePrompt) => void): Promise<TenantSession> {
  const device = await oidc.initiateDeviceAuthorization(config, { scope: SIGN_IN_SCOPE });
  show({ verificationUri: device.verification_uri, verificationUriComplete: device.verification_uri_complete, userCode: device.user_code, expiresInSeconds: device.expires_in });
  const tokens = await oidc.pollDeviceAuthorizationGrant(config, device);
  return sessionFrom(tokens);
}

function sessionFrom(tokens: oidc.TokenEndpointResponse, previous?: TenantSession): TenantSession {
  const refreshToken = tokens.refresh_token ?? previous?.refreshToken;
  if (!refreshToken) throw new Error('The tenant gave no refresh token.');
  const expiresIn = typeof tokens.expires_in === 'number' ? tokens.expires_in : 60;
  return { ...previous, refreshToken, accessToken: tokens.access_token, accessTokenExpiresAt: Date.now() + expiresIn * 1000 };
}

/** An access token is renewed this long before it expires, so it never runs out during a request. */
const RENEW_BEFORE_MS = 60_000;

/** The session's access token, if it is one to use: not yet (nearly) expired, and not the one the tenant just refused. */
function liveToken(session: TenantSession, refused: string | undefined): string | undefined {
  if (!session.accessToken || session.accessToken === refused) return undefined;
  return (session.accessTokenExpiresAt ?? 0) - RENEW_BEFORE_MS > Date.now() ? session.accessToken : undefined;
}

/**
 * A live access token for the tenant's kept session: the kept one while it lasts, else a new
 * one from the refresh token (which the provider replaces: the new one is kept at once, the
 * old one no longer works). `refused` is a token the tenant answered 401 to, never given back.
 *
 * The renewal is made with the sessions file locked, on the session as the file holds it then:
 * another command (a script pushing to two tenants, an editor task) may have renewed it while
 * this one waited, and its token is used as it is. Presenting the refresh token it replaced
 * would look like theft to the provider, which would end the session.
 */
export async function accessToken(tenantUrl: string, options: { refused?: string } = {}): Promise<string> {
  const kept = readSession(tenantUrl);
  if (!kept) throw new SignedOut(tenantUrl);
  const live = liveToken(kept, options.refused);
  if (live) return live;
  // Before the lock: the provider's metadata is a request of its own, which other commands need not wait for.
  const config = await providerFor(tenantUrl);
  const token = await changeSession(tenantUrl, async (session) => {
    if (!session) return { next: session, result: undefined };
    const renewedElsewhere = liveToken(session, options.refused);
    if (renewedElsewhere) return { next: session, result: renewedElsewhere };
    let tokens: oidc.TokenEndpointResponse;
    try {
      tokens = await oidc.refreshTokenGrant(config, session.refreshToken);
    } catch (error) {
      // Signed out elsewhere, revoked, or expired: the kept session is of no more use.
      if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') return { next: undefined, result: undefined };
      throw error;
    }
    const renewed = sessionFrom(tokens, session);
    return { next: renewed, result: renewed.accessToken! };
  });
  if (token === undefined) throw new SignedOut(tenantUrl);
  return token;
}

/** Revokes the session's refresh token at the tenant (which ends its grant and access tokens). */
export async function revokeSession(tenantUrl: string, session: TenantSession): Promise<void> {
  const config = await providerFor(tenantUrl);
  await oidc.tokenRevocation(config, session.refreshToken, { token_type_hint: 'refresh_token' });
}

/** No session is kept for the tenant, or it ended. */
export class SignedOut extends Error {
  constructor(readonly tenantUrl: string) {
    super(`not signed in to ${tenantUrl}: run flowpack login --tenant ${tenantUrl}`);
  }
}

/** A fetch that carries a signed-in session, and why the session could not be used, once that happened. */
export interface SessionFetch {
  fetch: TenantFetch;
  /** The session ended, or the sessions file stayed locked too long: what to tell the person instead of the transport's error. */
  failure(): SignedOut | FileLockBusy | undefined;
}

/**
 * A fetch for the tenant client that sends the session's access token, renewed when it runs
 * out; a 401 (the access token revoked or expired early) renews it once and retries. The
 * transport takes whatever a fetch throws for an unreachable tenant and tries again; once the
 * session has failed, every later request fails at once with the same reason, so those
 * attempts neither wait for the lock again nor hide why.
 */
export function sessionFetch(tenantUrl: string, fetch: TenantFetch): SessionFetch {
  let failure: SignedOut | FileLockBusy | undefined;
  const tokenFor = async (options: { refused?: string } = {}) => {
    if (failure) throw failure;
    try {
      return await accessToken(tenantUrl, options);
    } catch (error) {
      if (error instanceof SignedOut || error instanceof FileLockBusy) failure = error;
      throw error;
    }
  };
  return {
    fetch: async (url, init) => {
      const send = async (token: string) => fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
      const token = await tokenFor();
      const first = await send(token);
      if (first.status !== 401) return first;
      return send(await tokenFor({ refused: token }));
    },
    failure: () => failure,
  };
}
