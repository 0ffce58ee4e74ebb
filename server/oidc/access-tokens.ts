import type Provider from 'oidc-provider';
import { TENANT_API_RESOURCE } from '../../shared/tenant-api/sign-in';
import { tokenScopeSchema } from '../../shared/tenant-api/scopes';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import type { FoundToken } from '../api/read-cache';
import type { Db } from '../store/database';
import { findTokenAndTenantById } from '../store/tenant-store';
import { accountIdOf } from '../store/person-access';

/** Looks up a bearer value the provider issued; undefined when it issued none such, or it expired or was revoked. */
export type AccessTokenLookup = (secret: string) => Promise<FoundToken | undefined>;

/**
 * The caller behind one of the provider's access tokens: the token row it names, with that
 * row's tenant and person, acting with the scopes the person consented to (the caller then
 * keeps those the person's role allows, authenticate.ts); for a CI client's token
 * (client credentials), its machine token row, within that row's scopes. The token must be for the tenant
 * API and name the tenant and the person it was issued to: a token can never reach another
 * tenant's data, whatever its row. The provider's store is read on every request, so a
 * revoked grant (sign-out, a reused refresh token) stops its access tokens at once.
 */
export function accessTokenLookup(db: Db, provider: () => Promise<Provider>): AccessTokenLookup {
  return async (secret) => {
    const oidc = await provider();
    const token = (await oidc.AccessToken.find(secret)) ?? (await oidc.ClientCredentials.find(secret));
    if (!token) return undefined;
    const audience = Array.isArray(token.aud) ? token.aud : [token.aud];
    if (!audience.includes(TENANT_API_RESOURCE)) return undefined;
    const extra = token.extra ?? {};
    const tenantId = extra['flowpack:tenant'];
    const tokenId = extra['flowpack:token'];
    if (typeof tenantId !== 'string' || typeof tokenId !== 'string') return undefined;
    const found = await findTokenAndTenantById(db, tokenId);
    if (!found || found.tenant.id !== tenantId) return undefined;
    if (token.kind === 'ClientCredentials') {
      // A CI client's machine token: its access tokens may do what they were asked for, within the row's scopes.
      if (found.user) return undefined;
      return { ...found, token: { ...found.token, scopes: consentedScopes(token.scope).filter((scope) => found.token.scopes.includes(scope)) } };
    }
    if (!found.user || !('accountId' in token) || accountIdOf(found.user) !== token.accountId) return undefined;
    return { ...found, token: { ...found.token, scopes: consentedScopes(token.scope) } };
  };
}

function consentedScopes(scope: string | undefined): TokenScope[] {
  return (scope ?? '').split(' ').flatMap((value) => {
    const parsed = tokenScopeSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
