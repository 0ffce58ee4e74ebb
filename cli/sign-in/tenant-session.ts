import * as oidc from 'openid-client';
import { SIGN_IN_SCOPE, STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { readSession, sessionKey, writeSession } from './session-file';
import type { TenantSession } from './session-file';

/**
 * A signed-in session with a tenant, through the tenant's OpenID Connect provider (its issuer
 * is the tenant's address): the device authorization grant to sign in from a terminal, the
 * refresh token grant to get a fresh access token, revocation to sign out. The editor can use
 * the same calls; only the way the person reaches the sign-in page differs.
 */

/** Plain http only to this computer, as for the tenant API itself (tenant-http.ts). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The provider's metadata and the editor's public client, for the tenant at this address. */
export async function providerFor(tenantUrl: string): Promise<oidc.Configuration> {
  const issuer = new URL(sessionKey(tenantUrl));
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  return oidc.discovery(issuer, STUDIO_CLIENT_ID, undefined, oidc.None(), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
}

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

/**
 * A live access token for the tenant's kept session: the kept one while it lasts, else a new
 * one from the refresh token (which the provider replaces: the new one is kept at once, the
 * old one no longer works).
 */
export async function accessToken(tenantUrl: string, options: { force?: boolean } = {}): Promise<string> {
  const session = readSession(tenantUrl);
  if (!session) throw new SignedOut(tenantUrl);
  if (!options.force && session.accessToken && (session.accessTokenExpiresAt ?? 0) - RENEW_BEFORE_MS > Date.now()) return session.accessToken;
  const config = await providerFor(tenantUrl);
  let tokens: oidc.TokenEndpointResponse;
  try {
    tokens = await oidc.refreshTokenGrant(config, session.refreshToken);
  } catch (error) {
    if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') {
      // Signed out elsewhere, revoked, or expired: the kept session is of no more use.
      writeSession(tenantUrl, undefined);
      throw new SignedOut(tenantUrl);
    }
    throw error;
  }
  const renewed = sessionFrom(tokens, session);
  writeSession(tenantUrl, renewed);
  return renewed.accessToken!;
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

/**
 * A fetch for the tenant client that sends the session's access token, renewed when it runs
 * out; a 401 (the access token revoked or expired early) renews it once and retries.
 */
export function sessionFetch(tenantUrl: string, fetch: TenantFetch): TenantFetch {
  return async (url, init) => {
    const send = async (token: string) => fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
    const first = await send(await accessToken(tenantUrl));
    if (first.status !== 401) return first;
    return send(await accessToken(tenantUrl, { force: true }));
  };
}
