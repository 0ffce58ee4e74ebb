import { LRUCache } from 'lru-cache';
import type { TenantRow, TokenRow } from '../store/tenant-store';
import type { UserRow } from '../store/user-store';

/** How many answers are kept, across tenants and queries. */
const MAX_ENTRIES = 2_000;
/** How many tokens' lookups are kept. */
const MAX_TOKENS = 10_000;

/** A token found in the database, with its tenant and its person (null for a machine token). */
export interface FoundToken {
  token: TokenRow;
  tenant: TenantRow;
  user: UserRow | null;
}

/**
 * Serialised answers of the hot reads (catalog, flow list) and token lookups, per tenant,
 * until that tenant changes. A change is known from the database's notification (any server process sharing
 * it) and, for writes made here, at once after they commit, so this process reads its own
 * writes.
 *
 * @remarks Each tenant has a generation number; an answer is stored under the generation it
 * was computed in and found only while that is current, so a change drops a tenant's answers
 * without walking the cache. A read that overlaps a change is stored under the generation it
 * started in and so is never served after the change.
 */
export class ReadCache {
  private readonly generations = new Map<string, number>();
  // Bytes, encoded once: sending a string would encode it again for every request.
  private readonly answers = new LRUCache<string, Buffer>({ max: MAX_ENTRIES });
  private readonly tokens = new LRUCache<string, FoundToken & { generation: number }>({ max: MAX_TOKENS });
  /** Counts every change of every tenant: a token lookup that overlaps one is not kept. */
  private changes = 0;

  /** The tenant changed (flows, entities, tokens or people): what was cached of it is no longer served. */
  changed(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
    this.changes++;
  }

  /** A marker to take before looking a token up; {@link rememberToken} keeps the lookup only if nothing changed since. */
  changeMarker(): number {
    return this.changes;
  }

  /** A token looked up earlier, while its tenant has not changed (a revocation, a person's new role or deactivation is a change). */
  token(hash: string): FoundToken | undefined {
    const found = this.tokens.get(hash);
    return found && found.generation === this.generation(found.tenant.id) ? found : undefined;
  }

  rememberToken(hash: string, found: FoundToken, marker: number): void {
    if (marker === this.changes) this.tokens.set(hash, { ...found, generation: this.generation(found.tenant.id) });
  }

  generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  get(tenantId: string, generation: number, key: string): Buffer | undefined {
    return generation === this.generation(tenantId) ? this.answers.get(`${tenantId}\0${generation}\0${key}`) : undefined;
  }

  set(tenantId: string, generation: number, key: string, body: Buffer): void {
    if (generation === this.generation(tenantId)) this.answers.set(`${tenantId}\0${generation}\0${key}`, body);
  }
}
