import { describe, expect, it } from 'vitest';
import { storeBefore } from '../test/migrations-before';
import type { Db } from './database';
import { pendingInvitations } from './invitation-store';

describe('migration 0013 (invitations) on a store that already has people', () => {
  it('keeps every existing person with their password and invites nobody; an invitation must name a person of its tenant', async () => {
    // given a store from before invitations, with a person who has a password
    const { client, db, upgrade } = await storeBefore('0013_invitations');
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'conversations', '{}', now());
      INSERT INTO users (tenant_id, id, email, name, role, password_hash, created_at, updated_at) VALUES ('t1', 'usr_1', 'ana@example.com', 'Ana', 'editor', 'scrypt$hash', now(), now());
    `);

    // when the server starts with this version's migrations
    await upgrade();

    // then the person keeps their password and is not shown as invited
    expect((await client.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = 'usr_1'`)).rows).toEqual([{ password_hash: 'scrypt$hash' }]);
    expect((await pendingInvitations(db as unknown as Db, 't1')).size).toBe(0);
    await expect(client.exec(`INSERT INTO invitations (secret_hash, tenant_id, user_id, created_at, expires_at) VALUES ('h', 't1', 'usr_nobody', now(), now())`)).rejects.toThrow(/invitations_user/);
    await client.close();
  });
});
