import { describe, expect, it } from 'vitest';
import { hashedClientSecret, matchesClientSecret } from '../oidc/ci-clients';
import { storeBefore } from '../test/migrations-before';

describe('migration 0014 (hashed client secrets) on a store that already has CI clients', () => {
  it('keeps only each secret’s hash, and the secret the pipeline holds still matches', async () => {
    // given a store at migration 0013 with a CI client whose secret is kept as it is, and a public client with none
    const { client, upgrade } = await storeBefore('0014_hashed_client_secrets');
    const secret = 'kA3-pipeline-secret_0123456789abcdefghijklmnopq';
    await client.query(`INSERT INTO oidc_records (model, id, payload) VALUES ('Client', 'ci_1', $1), ('Client', 'public', $2)`, [
      JSON.stringify({ client_id: 'ci_1', client_secret: secret, grant_types: ['client_credentials'] }),
      JSON.stringify({ client_id: 'public', grant_types: ['authorization_code'] }),
    ]);

    // when the server starts with this version's migrations
    await upgrade();

    // then the store holds the hash the provider compares with, not the secret; a client without a secret is left as it was
    const { rows } = await client.query<{ id: string; payload: { client_secret?: string } }>('SELECT id, payload FROM oidc_records ORDER BY id');
    const [ci, publicClient] = rows;
    expect(ci!.payload.client_secret).toBe(hashedClientSecret(secret));
    expect(JSON.stringify(ci!.payload)).not.toContain(secret);
    expect(matchesClientSecret(ci!.payload.client_secret, secret)).toBe(true);
    expect(publicClient!.payload).toEqual({ client_id: 'public', grant_types: ['authorization_code'] });
    await client.close();
  });
});
