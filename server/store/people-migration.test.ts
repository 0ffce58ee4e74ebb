import { describe, expect, it } from 'vitest';
import { storeBefore } from '../test/migrations-before';
import type { Db } from './database';
import { findTokenAndTenant } from './tenant-store';

describe('migration 0011 (people) on a store that already has tokens', () => {
  it("keeps every existing token a machine token acting with its own scopes, and holds people's addresses unique whatever their capitals", async () => {
    // given a store from before people, with a tenant and its token
    const { client, db, upgrade } = await storeBefore('0011_people');
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'conversations', '{}', now());
      INSERT INTO tokens (id, tenant_id, hash, label, scopes, created_at) VALUES ('tok_1', 't1', 'h1', 'CI deploy', '{flows:read,flows:write}', now());
    `);

    // when the server starts with this version's migrations
    await upgrade();

    // then the token belongs to no person and keeps its scopes
    const found = await findTokenAndTenant(db as unknown as Db, 'h1');
    expect(found).toMatchObject({ token: { id: 'tok_1', userId: null, scopes: ['flows:read', 'flows:write'] }, user: null });
    const person = (id: string, email: string) =>
      client.exec(`INSERT INTO users (tenant_id, id, email, name, role, password_hash, created_at, updated_at) VALUES ('t1', '${id}', '${email}', 'Ana', 'editor', 'x', now(), now())`);
    await person('usr_1', 'ana@example.com');
    await expect(person('usr_2', 'ANA@example.com')).rejects.toThrow(/users_email/);
    await expect(client.exec(`UPDATE users SET role = 'superuser' WHERE id = 'usr_1'`)).rejects.toThrow(/check/i);
    await client.close();
  });
});
