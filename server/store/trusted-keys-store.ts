import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fingerprint } from '../../shared/pack/signature/keys';
import type { PublicKeyFile } from '../../shared/pack/signature/keys';
import { recordAudit } from './audit-store';
import type { Db } from './database';
import { tenants } from './schema';

/** One key a tenant trusts, as the `trusted_keys` column holds it. */
const tenantKeySchema = z.object({ author: z.string(), publicKey: z.string(), fingerprint: z.string(), addedAt: z.string() });
export type TenantKey = z.infer<typeof tenantKeySchema>;

/**
 * The keys whose signature a pack shared into this tenant must carry. An empty list means the
 * tenant asks for none. Read inside the import's own transaction, so a key trusted or forgotten
 * meanwhile applies at once.
 */
export async function tenantTrustedKeys(db: Db, tenantId: string): Promise<TenantKey[]> {
  const [row] = await db.select({ keys: tenants.trustedKeys }).from(tenants).where(eq(tenants.id, tenantId));
  return z.array(tenantKeySchema).parse(row?.keys ?? []);
}

/** Adds a public key to the tenant's trusted keys (once: trusting it again keeps the first entry). */
export async function trustTenantKey(db: Db, tenantId: string, key: Pick<PublicKeyFile, 'author' | 'publicKey'>, now: Date): Promise<{ fingerprint: string; added: boolean }> {
  const print = fingerprint(key.publicKey);
  return db.transaction(async (tx) => {
    const keys = await tenantTrustedKeys(tx, tenantId);
    if (keys.some((known) => known.fingerprint === print)) return { fingerprint: print, added: false };
    const entry: TenantKey = { author: key.author, publicKey: key.publicKey, fingerprint: print, addedAt: now.toISOString() };
    await tx.update(tenants).set({ trustedKeys: [...keys, entry] }).where(eq(tenants.id, tenantId));
    // Made on the server's command line, so no client address.
    await recordAudit(tx, { tenantId, tokenId: null, clientAddress: null, action: 'key.trust', targetId: print, detail: { author: key.author }, now });
    return { fingerprint: print, added: true };
  });
}

/** Removes a key by its fingerprint; false when the tenant did not trust it. */
export async function forgetTenantKey(db: Db, tenantId: string, print: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const keys = await tenantTrustedKeys(tx, tenantId);
    const kept = keys.filter((known) => known.fingerprint !== print);
    if (kept.length === keys.length) return false;
    await tx.update(tenants).set({ trustedKeys: kept }).where(eq(tenants.id, tenantId));
    await recordAudit(tx, { tenantId, tokenId: null, clientAddress: null, action: 'key.forget', targetId: print, now });
    return true;
  });
}
