import { TOKEN_SCOPES } from './scopes';

/**
 * Signing in to a tenant (docs/TENANT-API.md, Signing in): the names the tenant's OpenID
 * Connect provider and its clients (the editor, the CLI) must agree on.
 */

/** The public native client the editor and the CLI sign in as. */
export const STUDIO_CLIENT_ID = 'flowpack-studio';

/** The resource indicator of the tenant API: the audience of every access token the provider issues for it. */
export const TENANT_API_RESOURCE = 'urn:flowpack:tenant-api';

/**
 * What the editor and the CLI ask for: who the person is, a refresh token, and every API scope;
 * the person's role and their consent decide what the tokens may actually do.
 */
export const SIGN_IN_SCOPE = ['openid', 'offline_access', 'email', 'profile', ...TOKEN_SCOPES].join(' ');
