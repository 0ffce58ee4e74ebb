import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../store/database';
import { oidcRecords } from '../store/schema';

/**
 * The OpenID Connect provider's storage in the tenant's database (migration 0012), for PGlite
 * and PostgreSQL alike: one adapter per model name (Session, Grant, AccessToken, RefreshToken,
 * DeviceCode...), as the library asks. A row past its expiry reads as absent; a consumed one
 * is returned with `consumed` set, which is how the library spots a second use of a code or a
 * rotated refresh token and revokes the grant.
 */
export class OidcAdapter implements Adapter {
  constructor(
    private readonly db: Db,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const expiresAt = typeof expiresIn === 'number' ? new Date(Date.now() + expiresIn * 1000) : null;
    const row = {
      payload: payload as Record<string, unknown>,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt,
    };
    await this.db
      .insert(oidcRecords)
      .values({ model: this.model, id, ...row })
      .onConflictDoUpdate({ target: [oidcRecords.model, oidcRecords.id], set: row });
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcRecords.id, id));
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcRecords.userCode, userCode));
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere(eq(oidcRecords.uid, uid));
  }

  async consume(id: string): Promise<void> {
    await this.db
      .update(oidcRecords)
      .set({ consumedAt: new Date() })
      .where(and(eq(oidcRecords.model, this.model), eq(oidcRecords.id, id)));
  }

  async destroy(id: string): Promise<void> {
    await this.db.delete(oidcRecords).where(and(eq(oidcRecords.model, this.model), eq(oidcRecords.id, id)));
  }

  /** Every code and token of a grant, whatever its model, and the grant itself: the whole family goes. */
  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db.delete(oidcRecords).where(or(eq(oidcRecords.grantId, grantId), and(eq(oidcRecords.model, 'Grant'), eq(oidcRecords.id, grantId))));
  }

  private async findWhere(condition: ReturnType<typeof eq>): Promise<AdapterPayload | undefined> {
    const [row] = await this.db
      .select({ payload: oidcRecords.payload, consumedAt: oidcRecords.consumedAt })
      .from(oidcRecords)
      .where(and(eq(oidcRecords.model, this.model), condition, or(isNull(oidcRecords.expiresAt), gt(oidcRecords.expiresAt, new Date()))))
      .limit(1);
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
  }
}
