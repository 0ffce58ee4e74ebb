import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import type { Role } from '../../shared/tenant-api/roles';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import { hashPassword } from '../auth/password';
import type { Db } from '../store/database';
import { createTenant, createToken } from '../store/tenant-store';
import { createUser } from '../store/user-store';

/** A tenant made for a test, with its admin token (every scope). */
export async function makeTenant(db: Db, name: string, profile: Profile = 'conversations') {
  const { tenant, token } = await createTenant(db, { name, profile, now: new Date() });
  return { tenant, admin: token.token, adminId: token.id };
}

/** A token of the tenant; without `label`, it is named as `create-token` names one given none. */
export async function makeToken(db: Db, tenantId: string, scopes: TokenScope[], expiresAt: Date | null = null, label?: string) {
  return createToken(db, { tenantId, scopes, expiresAt, label, now: new Date() });
}

/** A valid flow document of the profile's starter shape. */
export function validFlow(name: string, profile: Profile = 'conversations'): Flow {
  return createFlow({ profile, name, description: `${name} (test)` });
}

/** A flow the shared validator refuses: an edge into a node that does not exist. */
export function invalidFlow(name: string): Flow {
  const flow = validFlow(name);
  return { ...flow, edges: [...flow.edges, { id: 'e-broken', source: flow.nodes[0]!.id, sourcePort: 'out', target: 'missing-node' }] };
}

/** A password hash made once, cheaply (the real cost is for real passwords; server/auth/password.test.ts covers it). */
let testPasswordHash: Promise<string> | undefined;

/**
 * A person of the tenant with the role, and a token of theirs carrying `scopes` (every scope
 * unless told): what it may do is then decided by the role and grants alone.
 */
export async function makePerson(db: Db, tenantId: string, role: Role, name: string, scopes: TokenScope[] = [...TOKEN_SCOPES]) {
  testPasswordHash ??= hashPassword('a test password', { N: 1024, r: 8, p: 1 });
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const user = await createUser(db, { tenantId, email, name, role, passwordHash: await testPasswordHash, now: new Date() });
  const token = await createToken(db, { tenantId, scopes, expiresAt: null, label: `${name}'s laptop`, userId: user.id, now: new Date() });
  return { user, token: token.token, tokenId: token.id };
}
