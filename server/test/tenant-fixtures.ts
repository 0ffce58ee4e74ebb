import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import type { Db } from '../store/database';
import { createTenant, createToken } from '../store/tenant-store';

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
