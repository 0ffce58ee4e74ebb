import { randomBytes } from 'node:crypto';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import type { Db } from '../store/database';
import { oidcRecords } from '../store/schema';
import { createToken } from '../store/tenant-store';

/** The client metadata that ties a CI client to its tenant, its token row and the scopes it may ask for. */
export const CI_CLIENT_PROPERTIES = ['flowpack:tenant', 'flowpack:token', 'flowpack:scopes'] as const;

export interface CiClient {
  clientId: string;
  /** Shown once, to put in the pipeline's secrets. */
  clientSecret: string;
  tokenId: string;
}

/**
 * Registers a client for CI's client-credentials grant: a machine of the tenant, acting as a
 * token row of its own (labelled, with its scopes, revocable with `revoke-token` like any
 * token) whose access tokens it gets with its id and secret. The library compares the secret
 * as stored, so the store holds it as it holds the rest of the provider's records.
 */
export async function registerCiClient(db: Db, input: { tenantId: string; label: string; scopes: TokenScope[]; now: Date }): Promise<CiClient> {
  const row = await createToken(db, { tenantId: input.tenantId, scopes: input.scopes, expiresAt: null, label: input.label, now: input.now });
  const clientId = 'ci_' + randomBytes(12).toString('hex');
  const clientSecret = randomBytes(32).toString('base64url');
  const metadata = {
    client_id: clientId,
    client_secret: clientSecret,
    client_name: input.label,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
    'flowpack:tenant': input.tenantId,
    'flowpack:token': row.id,
    'flowpack:scopes': input.scopes.join(' '),
  };
  await db.insert(oidcRecords).values({ model: 'Client', id: clientId, payload: metadata });
  return { clientId, clientSecret, tokenId: row.id };
}
