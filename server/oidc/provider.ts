import type Provider from 'oidc-provider';
import type { ClientMetadata, Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import { STUDIO_CLIENT_ID, TENANT_API_RESOURCE } from '../../shared/tenant-api/sign-in';
import type { Db } from '../store/database';
import { parseAccountId } from '../store/person-access';
import { findActiveAccount } from './accounts';
import { deviceDonePage, deviceInputPage, deviceConfirmPage, errorPage } from './device-pages';
import { OidcAdapter } from './oidc-adapter';
import { pageLanguage } from './page-strings';
import { providerKeys } from './provider-keys';
import { matchesClientSecret } from './ci-clients';
import { sessionTokenId } from './session-tokens';
import { CI_CLIENT_PROPERTIES } from './ci-clients';

/** Where the provider's endpoints are mounted in the tenant server (the issuer is the server's address). */
export const OIDC_PREFIX = '/oidc';
/** Where the provider sends a browser to sign in and consent (oidc-routes.ts serves it). */
export const SIGN_IN_PREFIX = '/sign-in';

/**
 * The clients the server knows without registration: the editor and the CLI, one public
 * native client. Its redirect address is a loopback one, which the library matches with any
 * port for a native client (RFC 8252, section 7.3) and exactly otherwise; it may also sign in
 * through the device authorization grant (terminals without a browser).
 */
export const STUDIO_CLIENT: ClientMetadata = {
  client_id: STUDIO_CLIENT_ID,
  client_name: 'Flowpack Studio',
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/callback'],
};

/** What the tenant API's access tokens are for: one resource, with the API's scopes. */
const API_RESOURCE_SERVER = {
  scope: TOKEN_SCOPES.join(' '),
  audience: TENANT_API_RESOURCE,
  accessTokenFormat: 'opaque' as const,
};

export interface ProviderOptions {
  db: Db;
  /** The server's public address: the issuer identifier. */
  issuer: string;
  now: () => Date;
  /** How long an access token lives, in seconds (default 10 minutes: a deactivation is checked on every request anyway). */
  accessTokenSeconds?: number | undefined;
}

const clientName = (ctx: KoaContextWithOIDC) => ctx.oidc.client?.clientName ?? ctx.oidc.client?.clientId ?? '';
const language = (ctx: KoaContextWithOIDC) => pageLanguage(ctx.get('accept-language'));

/** The tenant's OpenID Connect provider, its storage in the tenant database. */
export async function createProvider(options: ProviderOptions): Promise<Provider> {
  const { db } = options;
  // Loaded when first needed, not with the server: the administration commands never pay for it (nor print its runtime notices).
  const { default: Provider, errors } = await import('oidc-provider');
  const keys = await providerKeys(db);
  const configuration: Configuration = {
    adapter: (name: string) => new OidcAdapter(db, name),
    clients: [STUDIO_CLIENT],
    // ID tokens are signed with the provider's one key, an ES256 one (provider-keys.ts).
    clientDefaults: { id_token_signed_response_alg: 'ES256', grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    // CI clients (ci-clients.ts) name their tenant, their token row and the scopes they may ask for.
    extraClientMetadata: { properties: [...CI_CLIENT_PROPERTIES] },
    jwks: { keys: [keys.signing as never] },
    cookies: { keys: keys.cookies },
    findAccount: async (_ctx, id) => {
      const account = await findActiveAccount(db, id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, email: account.user.email, name: account.user.name }) };
    },
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    scopes: ['openid', 'offline_access', 'email', 'profile'],
    responseTypes: ['code'],
    // Every authorization request carries an S256 code challenge (the library knows no other method).
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `${SIGN_IN_PREFIX}/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // A client revokes only its own tokens (signing out), never another client's.
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      clientCredentials: { enabled: true },
      deviceFlow: {
        enabled: true,
        userCodeInputSource: (ctx, form, _out, error) => {
          ctx.type = 'html';
          ctx.body = deviceInputPage(language(ctx), form, error);
        },
        userCodeConfirmSource: (ctx, form, _client, _info, userCode) => {
          ctx.type = 'html';
          ctx.body = deviceConfirmPage(language(ctx), form, clientName(ctx), userCode);
        },
        successSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = deviceDonePage(language(ctx), clientName(ctx));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => TENANT_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource, client) => {
          if (resource !== TENANT_API_RESOURCE) throw new errors.InvalidTarget();
          // A CI client may ask for its own scopes only; a person's client for any, narrowed by role and consent.
          const ciScopes = client['flowpack:scopes'];
          const scope = typeof ciScopes === 'string' ? ciScopes : API_RESOURCE_SERVER.scope;
          return { ...API_RESOURCE_SERVER, scope, accessTokenTTL: options.accessTokenSeconds ?? 600 };
        },
      },
    },
    // The editor and the CLI keep a session until the person signs out: a refresh token each time.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Every use of a refresh token makes a new one; presenting a used one revokes the whole grant (the library's reuse detection).
    rotateRefreshToken: true,
    // The tenant and the session's token row travel with each access token (session-tokens.ts).
    extraTokenClaims: async (ctx, token) => {
      const client = ctx.oidc.client;
      const ciToken = client?.['flowpack:token'];
      if (token.kind === 'ClientCredentials') return typeof ciToken === 'string' ? { 'flowpack:tenant': client?.['flowpack:tenant'], 'flowpack:token': ciToken } : undefined;
      const ids = 'accountId' in token && token.accountId ? parseAccountId(token.accountId) : undefined;
      if (!ids) return undefined;
      const tokenId = await sessionTokenId(db, { ...ids, clientName: clientName(ctx), now: options.now() });
      return { 'flowpack:tenant': ids.tenantId, 'flowpack:token': tokenId };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(language(ctx), out);
    },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 600,
      AuthorizationCode: 60,
      DeviceCode: 600,
      Grant: 90 * 24 * 60 * 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      RefreshToken: 30 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;
  // The library's way to keep client secrets hashed: its Client compares through this method, so no
  // symmetric (HS*) algorithm can use the secret, which no client here asks for.
  provider.Client.prototype.compareClientSecret = function compareClientSecret(this: { clientSecret?: string }, presented: string) {
    return matchesClientSecret(this.clientSecret, presented);
  };
  return provider;
}
