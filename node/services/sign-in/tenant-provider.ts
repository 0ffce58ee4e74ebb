import * as oidc from 'openid-client';
import type { TenantFetch } from '../../../shared/tenant-api/http/fetch-port';
import { STUDIO_CLIENT_ID } from '../../../shared/tenant-api/sign-in';

/**
 * The tenant's OpenID Connect provider as its clients (the editor, the CLI) reach it: its
 * issuer is the tenant's address, the client the editor's public native one.
 */

/** Plain http only to this computer, as for the tenant API itself (tenant-http.ts). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The provider's requests through the host's tenant fetch (in the desktop app, Electron's tenant
 * session, which follows the system proxy as the API requests do). Both fetches answer real
 * Responses, which the library reads; the forms it posts are sent as text.
 */
function throughTenantFetch(fetch: TenantFetch): oidc.CustomFetch {
  return async (url, options) => {
    const body = options.body === undefined || options.body === null ? undefined : String(options.body);
    const signal = options.signal ?? AbortSignal.timeout(30_000);
    return (await fetch(url, { method: options.method, headers: options.headers, redirect: 'manual', signal, ...(body === undefined ? {} : { body }) })) as unknown as Response;
  };
}

/** The provider's metadata and the editor's public client, for the tenant at this address. */
export async function providerFor(tenantUrl: string, fetch?: TenantFetch): Promise<oidc.Configuration> {
  const issuer = new URL(tenantUrl.trim().replace(/\/+$/, ''));
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  const custom = fetch ? { [oidc.customFetch]: throughTenantFetch(fetch) } : {};
  const config = await oidc.discovery(issuer, STUDIO_CLIENT_ID, undefined, oidc.None(), { ...custom, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) });
  if (fetch) config[oidc.customFetch] = throughTenantFetch(fetch);
  return config;
}
