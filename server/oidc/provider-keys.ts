import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { webcrypto } from 'node:crypto';

type JsonWebKey = webcrypto.JsonWebKey;
import { and, eq } from 'drizzle-orm';
import type { Db } from '../store/database';
import { oidcRecords } from '../store/schema';

/** The provider's secrets: the key that signs ID tokens and the keys that sign its cookies. */
export interface ProviderKeys {
  signing: JsonWebKey;
  cookies: string[];
}

const MODEL = 'ProviderKeys';
const ID = 'current';

/**
 * The provider's keys, made on first use and kept in the store: made afresh on every start,
 * a restart would sign everyone out of the sign-in pages and make issued ID tokens unverifiable,
 * and two server processes would not accept each other's cookies.
 */
export async function providerKeys(db: Db): Promise<ProviderKeys> {
  const stored = await read(db);
  if (stored) return stored;
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signing = { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'ES256', use: 'sig' };
  const fresh: ProviderKeys = { signing, cookies: [randomBytes(32).toString('base64url')] };
  // Two processes starting together: the first insert wins and both use its keys.
  await db.insert(oidcRecords).values({ model: MODEL, id: ID, payload: { ...fresh } }).onConflictDoNothing();
  return (await read(db)) ?? fresh;
}

async function read(db: Db): Promise<ProviderKeys | undefined> {
  const [row] = await db
    .select({ payload: oidcRecords.payload })
    .from(oidcRecords)
    .where(and(eq(oidcRecords.model, MODEL), eq(oidcRecords.id, ID)));
  return row?.payload as ProviderKeys | undefined;
}
