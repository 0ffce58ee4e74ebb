import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../auth/token-secret';
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
 * token) whose access tokens it gets with its id and secret. The store keeps only the secret's
 * hash (`matchesClientSecret` is what the provider compares with), so a copy of the database
 * lets nobody act as the client.
 */
export async function registerCiClient(db: Db, input: { tenantId: string; label: string; scopes: TokenScope[]; now: Date }): Promise<CiClient> {
  const row = await createToken(db, { tenantId: input.tenantId, scopes: input.scopes, expiresAt: null, label: input.label, now: input.now });
  const clientId = 'ci_' + randomBytes(12).toString('hex');
  const clientSecret = randomBytes(32).toString('base64url');
  const metadata = {
    client_id: clientId,
    client_secret: hashedClientSecret(clientSecret),
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

/** How a client secret is kept: its SHA-256 as a token's is (`hashToken`), marked so a secret kept as it is never matches. */
const HASHED = 'sha256:';

export function hashedClientSecret(secret: string): string {
  return HASHED + hashToken(secret);
}

/**
 * Whether a presented client secret is the one kept (as its hash), in constant time. The
 * provider's own comparison wants the secret as it is; the provider is given this one instead.
 * A client whose secret is kept as it is (none is written so any more) matches nothing.
 */
export function matchesClientSecret(kept: string | undefined, presented: string): boolean {
  if (!kept?.startsWith(HASHED)) return false;
  const expected = Buffer.from(kept.slice(HASHED.length), 'hex');
  const actual = Buffer.from(hashToken(presented), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
