import { join } from 'node:path';
import { z } from 'zod';
import { HostError } from '../../shared/host/host-error';
import { checkTenantBaseUrl } from '../../shared/tenant-api/http/base-url';
import { createJsonFileStore } from './json-file-store';
import { unprotectedReasonInEnglish, type SecretBox } from './secret-box';

/** The file, in the app's data folder, holding tenant connections and their sealed tokens. */
export const TENANTS_FILE = 'tenants.json';

/** A secret as written: `protected`, sealed by the OS keychain; otherwise as it is (the user agreed). */
const sealedSchema = z.object({ protected: z.boolean(), data: z.string().min(1) }).strict();
type Sealed = z.infer<typeof sealedSchema>;

const storedConnectionSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(100),
    url: z.string().min(1),
    /**
     * `protected`: sealed by the OS keychain; otherwise the token as it is (the user agreed).
     * Absent when the connection was added to sign in with, not with a pasted token.
     */
    token: sealedSchema.optional(),
    /**
     * Whether the connection's secrets are sealed by the OS keychain. Written since connections
     * could go without a token; in older files the token's own flag says it.
     */
    protected: z.boolean().optional(),
    /** The signed-in session, when someone signed in: its refresh token sealed as the token, and who it is. */
    session: z
      .object({ refreshToken: sealedSchema, name: z.string().nullable(), email: z.string().nullable() })
      .strict()
      .optional(),
    addedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
type StoredConnection = z.infer<typeof storedConnectionSchema>;

const tenantsFileSchema = z
  .object({ format: z.literal('flowpack.tenants'), version: z.literal(1), connections: z.array(storedConnectionSchema) })
  .strict();

/** A tenant connection as the rest of the app sees it: never its token. */
export interface TenantConnection {
  id: string;
  name: string;
  url: string;
  /** Whether its token and session are encrypted with the OS keychain. */
  protected: boolean;
  /** Whether it has a pasted token; without one, it reaches the tenant only while someone is signed in. */
  hasToken: boolean;
  addedAt: string;
  /** Who is signed in on this connection (from the ID token), or null when nobody is. */
  signedInAs: SignedInPerson | null;
}

/** The person a session belongs to, as the tenant's ID token names them. */
export interface SignedInPerson {
  name: string | null;
  email: string | null;
}

/** A kept session: its refresh token (the host's only) and who it belongs to. */
export interface KeptSession extends SignedInPerson {
  refreshToken: string;
}

export interface AddConnection {
  name: string;
  url: string;
  /** The pasted token; empty or absent: the connection is for signing in. */
  token?: string | undefined;
  /** The user agreed to store the token unencrypted where there is no keychain. */
  allowUnprotected?: boolean;
}

export interface TenantConnections {
  list(): Promise<TenantConnection[]>;
  add(connection: AddConnection): Promise<TenantConnection>;
  rename(id: string, name: string): Promise<TenantConnection>;
  remove(id: string): Promise<void>;
  /** The connection and its token (undefined when it has none), for the uploader in the host process only: never sent to the renderer. */
  credentials(id: string): Promise<{ connection: TenantConnection; token: string | undefined }>;
  /** The connection's signed-in session, sealed like its token; host process only. */
  session(id: string): Promise<KeptSession | undefined>;
  /** Keeps (or, undefined, forgets) the connection's session, sealed like its token. */
  keepSession(id: string, session: KeptSession | undefined): Promise<void>;
}

/** A bearer token as pasted: printable characters without spaces, a sane length. */
const TOKEN = /^[\x21-\x7e]{8,4096}$/;

/** Whether the connection's secrets are sealed by the keychain, in files of either age. */
const isProtected = (stored: StoredConnection): boolean => stored.protected ?? stored.token?.protected ?? false;

const visible = ({ token, session, ...connection }: StoredConnection): TenantConnection => ({
  ...connection,
  protected: isProtected({ ...connection, token }),
  hasToken: token !== undefined,
  signedInAs: session ? { name: session.name, email: session.email } : null,
});

/**
 * Tenant connections (name, address, token) kept in `<appDataDir>/tenants.json`, readable by the
 * user only (0600). Tokens are sealed with `box`; when it cannot protect them, adding one needs
 * the user's explicit agreement. Tokens never leave this module except through `credentials`.
 */
export function createTenantConnections(options: { appDataDir: string; box: SecretBox; clock: () => Date; newId: () => string }): TenantConnections {
  const { box, clock, newId } = options;
  const store = createJsonFileStore({
    file: join(options.appDataDir, TENANTS_FILE),
    schema: tenantsFileSchema,
    empty: () => ({ format: 'flowpack.tenants' as const, version: 1 as const, connections: [] }),
    what: 'tenant connections',
    mode: 0o600,
  });

  const cleanName = (name: string, others: readonly StoredConnection[]) => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 100) throw new HostError('INVALID_ARGS', 'give the connection a name of 1 to 100 characters');
    if (others.some((other) => other.name.toLowerCase() === trimmed.toLowerCase())) throw new HostError('EXISTS', `a tenant connection named "${trimmed}" already exists`);
    return trimmed;
  };
  const find = (connections: readonly StoredConnection[], id: string) => {
    const found = connections.find((connection) => connection.id === id);
    if (!found) throw new HostError('NOT_FOUND', 'this tenant connection no longer exists');
    return found;
  };

  const unseal = (stored: StoredConnection, sealed: Sealed): string => {
    try {
      if (sealed.protected && !box.protects) throw new Error('no keychain to open it with');
      return sealed.protected ? box.open(sealed.data) : sealed.data;
    } catch {
      throw new HostError('IO', `the token of "${stored.name}" cannot be decrypted by this user on this computer; remove the connection and add it again`);
    }
  };

  return {
    async list() {
      return (await store.read()).connections.map(visible);
    },

    async add({ name, url, token, allowUnprotected = false }) {
      let address: string;
      try {
        address = checkTenantBaseUrl(url);
      } catch (error) {
        throw new HostError('INVALID_ARGS', error instanceof Error ? error.message : 'the tenant address is not valid');
      }
      const bare = (token ?? '').trim();
      if (bare !== '' && !TOKEN.test(bare)) throw new HostError('INVALID_ARGS', 'the token should be the one line the tenant printed, without spaces');
      // A connection for signing in keeps a refresh token later: the same agreement covers it.
      if (!box.protects && !allowUnprotected) {
        throw new HostError('NOT_SUPPORTED', `the ${bare === '' ? 'session' : 'token'} would be stored unencrypted (${unprotectedReasonInEnglish(box)}); confirm to store it anyway`);
      }
      return store.update((file) => {
        const stored: StoredConnection = {
          id: newId(),
          name: cleanName(name, file.connections),
          url: address,
          ...(bare === '' ? {} : { token: { protected: box.protects, data: box.seal(bare) } }),
          protected: box.protects,
          addedAt: clock().toISOString(),
        };
        return { next: { ...file, connections: [...file.connections, stored] }, result: visible(stored) };
      });
    },

    async rename(id, name) {
      return store.update((file) => {
        const current = find(file.connections, id);
        const renamed = { ...current, name: cleanName(name, file.connections.filter((other) => other.id !== id)) };
        return { next: { ...file, connections: file.connections.map((other) => (other.id === id ? renamed : other)) }, result: visible(renamed) };
      });
    },

    async remove(id) {
      return store.update((file) => {
        find(file.connections, id);
        return { next: { ...file, connections: file.connections.filter((other) => other.id !== id) }, result: undefined };
      });
    },

    async credentials(id) {
      const stored = find((await store.read()).connections, id);
      return { connection: visible(stored), token: stored.token && unseal(stored, stored.token) };
    },

    async session(id) {
      const stored = find((await store.read()).connections, id);
      if (!stored.session) return undefined;
      const { refreshToken, ...person } = stored.session;
      return { ...person, refreshToken: unseal(stored, refreshToken) };
    },

    async keepSession(id, session) {
      await store.update((file) => {
        const current = find(file.connections, id);
        // Sealed as the connection's token is: the user's agreement to an unencrypted token covers its session too.
        const sealed = isProtected(current);
        const kept = session && { name: session.name, email: session.email, refreshToken: { protected: sealed, data: sealed ? box.seal(session.refreshToken) : session.refreshToken } };
        const { session: _old, ...rest } = current;
        const next: StoredConnection = kept ? { ...rest, session: kept } : rest;
        return { next: { ...file, connections: file.connections.map((other) => (other.id === id ? next : other)) }, result: undefined };
      });
    },
  };
}
