import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrationsBefore } from '../test/migrations-before';
import type { Db } from './database';
import { pendingInvitations } from './invitation-store';
import { schema } from './schema';

describe('migration 0013 (invitations) on a store that already has people', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flowpack-migrations-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every existing person with their password and invites nobody; an invitation must name a person of its tenant', async () => {
    // given a store from before invitations, with a person who has a password
    const client = await PGlite.create('memory://');
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: await migrationsBefore('0013_invitations', dir) });
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'conversations', '{}', now());
      INSERT INTO users (tenant_id, id, email, name, role, password_hash, created_at, updated_at) VALUES ('t1', 'usr_1', 'ana@example.com', 'Ana', 'editor', 'scrypt$hash', now(), now());
    `);

    // when the server starts with this version's migrations
    await migrate(db, { migrationsFolder: MIGRATIONS });

    // then the person keeps their password and is not shown as invited
    expect((await client.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = 'usr_1'`)).rows).toEqual([{ password_hash: 'scrypt$hash' }]);
    expect((await pendingInvitations(db as unknown as Db, 't1')).size).toBe(0);
    await expect(client.exec(`INSERT INTO invitations (secret_hash, tenant_id, user_id, created_at, expires_at) VALUES ('h', 't1', 'usr_nobody', now(), now())`)).rejects.toThrow(/invitations_user/);
    await client.close();
  });
});
