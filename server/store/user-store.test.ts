import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { openDatabase } from './database';
import type { Database } from './database';
import { createTenant } from './tenant-store';
import { changeRole, createUser, deactivateUser, listUsers } from './user-store';

describe('people on a tenant, in the store', () => {
  let database: Database;
  let passwordHash: string;
  beforeAll(async () => {
    database = await openDatabase({});
    passwordHash = await hashPassword('a test password', { N: 1024, r: 8, p: 1 });
  });
  afterAll(async () => {
    await database?.close();
  });

  const tenantWith = async (...people: [string, 'owner' | 'admin' | 'editor' | 'viewer'][]) => {
    const { tenant } = await createTenant(database.db, { name: 'People', profile: 'conversations', now: new Date() });
    for (const [email, role] of people) await createUser(database.db, { tenantId: tenant.id, email, name: email.split('@')[0]!, role, passwordHash, now: new Date() });
    return tenant.id;
  };

  it('refuses a second person with the same address in any capitalisation, and allows it on another tenant', async () => {
    const tenantId = await tenantWith(['ana@example.com', 'editor']);
    await expect(createUser(database.db, { tenantId, email: 'ANA@example.com', name: 'Ana', role: 'viewer', passwordHash, now: new Date() })).rejects.toThrow(
      'The tenant already has a person with the address ANA@example.com.',
    );
    expect(await tenantWith(['ana@example.com', 'owner'])).not.toBe(tenantId);
  });

  it("never leaves a tenant without an owner: its only owner is neither demoted nor deactivated", async () => {
    const tenantId = await tenantWith(['olga@example.com', 'owner'], ['eli@example.com', 'editor']);
    const now = new Date();
    await expect(changeRole(database.db, { tenantId, email: 'olga@example.com', role: 'admin', now })).rejects.toThrow("olga@example.com is the tenant's only owner: make another person owner before you demote them.");
    await expect(deactivateUser(database.db, { tenantId, email: 'olga@example.com', now })).rejects.toThrow('before you deactivate them');
    // With a second owner, the first may go.
    await changeRole(database.db, { tenantId, email: 'eli@example.com', role: 'owner', now });
    await deactivateUser(database.db, { tenantId, email: 'olga@example.com', now });
    expect((await listUsers(database.db, tenantId)).map((user) => [user.email, user.role, user.deactivatedAt !== null])).toEqual([
      ['eli@example.com', 'owner', false],
      ['olga@example.com', 'owner', true],
    ]);
    await expect(changeRole(database.db, { tenantId, email: 'olga@example.com', role: 'viewer', now })).rejects.toThrow('olga@example.com is deactivated.');
  });
});
