import { and, eq, isNull } from 'drizzle-orm';
import { TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import type { Db } from '../store/database';
import { tokens } from '../store/schema';
import { createToken } from '../store/tenant-store';

/**
 * A person signed in through a client acts on the tenant as one token row of theirs, labelled
 * with the client: flows they change name that row as their author and the audit log names it,
 * just as for a personal access token, so "created by" reads as the person. The row's secret
 * is thrown away when it is made: nobody can present it, requests carry the provider's access
 * tokens, which name the row.
 */
export function sessionTokenLabel(clientName: string): string {
  return `${clientName} (signed in)`;
}

/** The id of the person's session row for a client, made the first time they sign in through it. */
export async function sessionTokenId(db: Db, input: { tenantId: string; userId: string; clientName: string; now: Date }): Promise<string> {
  const label = sessionTokenLabel(input.clientName);
  const find = async () => {
    const [row] = await db
      .select({ id: tokens.id })
      .from(tokens)
      .where(and(eq(tokens.tenantId, input.tenantId), eq(tokens.userId, input.userId), eq(tokens.label, label), isNull(tokens.revokedAt)))
      .limit(1);
    return row?.id;
  };
  const found = await find();
  if (found) return found;
  // Its scopes are all there are: what a session may do is the access token's consented scopes within the person's role.
  const issued = await createToken(db, { tenantId: input.tenantId, userId: input.userId, scopes: [...TOKEN_SCOPES], expiresAt: null, label, now: input.now });
  return issued.id;
}
