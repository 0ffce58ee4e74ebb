import { describe, expect, it } from 'vitest';
import { defaultTokenLabel } from '../../shared/tenant-api/token-label';
import { storeBefore } from '../test/migrations-before';

describe('migration 0004 (token labels) on a store that already has tokens', () => {
  it('labels every existing token "token <first 8 hex digits of its id>", so old flows and audit entries read as a name', async () => {
    // given a store at migration 0003 with a tenant and two tokens
    const { client, upgrade } = await storeBefore('0004_token_labels');
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'conversations', '{}', now());
      INSERT INTO tokens (id, tenant_id, hash, scopes, created_at) VALUES
        ('tok_3f9a1c2b5d6e7f8091a2b3c4', 't1', 'h1', '{flows:read}', now()),
        ('tok_00ff00ff00ff00ff00ff00ff', 't1', 'h2', '{flows:write}', now());
    `);

    // when the server starts with this version's migrations
    await upgrade();

    // then each token has the label a new token given none gets, and a token without one can no longer be stored
    const { rows } = await client.query<{ id: string; label: string }>('SELECT id, label FROM tokens ORDER BY id');
    expect(rows.map((row) => row.label)).toEqual(['token 00ff00ff', 'token 3f9a1c2b']);
    for (const row of rows) expect(row.label).toBe(defaultTokenLabel(row.id));
    await expect(client.exec(`INSERT INTO tokens (id, tenant_id, hash, scopes, created_at) VALUES ('tok_x', 't1', 'h3', '{}', now())`)).rejects.toThrow(/label/);
    await client.close();
  });
});
