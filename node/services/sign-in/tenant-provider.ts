import * as oidc from 'openid-client';
import { STUDIO_CLIENT_ID } from '../../../shared/tenant-api/sign-in';

/**
 * The tenant's OpenID Connect provider as its clients (the editor, the CLI) reach it: its
 * issuer is the tenant's address, the client the editor's public native one.
 */

/** Plain http only to this computer, as for the tenant API itself (tenant-http.ts). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The provider's metadata and the editor's public client, for the tenant at this address. */
export async function providerFor(tenantUrl: string): Promise<oidc.Configuration> {
  const issuer = new URL(tenantUrl.trim().replace(/\/+$/, ''));
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  return oidc.discovery(issuer, STUDIO_CLIENT_ID, undefined, oidc.None(), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
}
