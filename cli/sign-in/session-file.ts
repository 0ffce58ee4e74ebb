import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../node/services/atomic-write';
import { withFileLock } from '../../node/services/file-lock';

/** One signed-in tenant: the refresh token that keeps the session, and the last access token while it lasts. */
const sessionSchema = z.object({
  refreshToken: z.string().min(1),
  accessToken: z.string().min(1).optional(),
  /** When the access token expires, in milliseconds since the epoch. */
  accessTokenExpiresAt: z.number().optional(),
  /** Who signed in, for `login`'s and `logout`'s messages. */
  person: z.object({ name: z.string(), email: z.string() }).optional(),
  tenantName: z.string().optional(),
});
export type TenantSession = z.infer<typeof sessionSchema>;

const fileSchema = z.object({ version: z.literal(1), sessions: z.record(z.string(), sessionSchema) });

/**
 * The folder the CLI keeps its settings in: $XDG_CONFIG_HOME/flowpack (else ~/.config/flowpack),
 * %APPDATA%\flowpack on Windows.
 */
export function configFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'flowpack');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'flowpack');
}

/** The file of signed-in sessions, keyed by tenant address; readable and writable by the user only. */
export function sessionFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configFolder(env), 'sessions.json');
}

/** A tenant address as the sessions are keyed: no trailing slash, so `https://t.example/` and `https://t.example` are one. */
export function sessionKey(tenantUrl: string): string {
  return tenantUrl.trim().replace(/\/+$/, '');
}

function readAll(path: string): Record<string, TenantSession> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
  const parsed = fileSchema.safeParse(value);
  // A file this CLI did not write (or a damaged one) holds no session it can use; signing in again replaces it.
  return parsed.success ? parsed.data.sessions : {};
}

/** The session kept for a tenant, if any. */
export function readSession(tenantUrl: string, path = sessionFilePath()): TenantSession | undefined {
  return readAll(path)[sessionKey(tenantUrl)];
}

/** How long a command waits for another to finish with the file (renewing a session takes one request). */
const LOCK_WAIT_MS = 20_000;
/** A lock not refreshed for this long belonged to a command that died; it is taken over. */
const LOCK_STALE_MS = 10_000;

/**
 * Changes a tenant's session with the sessions file locked against every other flowpack
 * process: `change` gets the session as the file holds it now (not as read before waiting) and
 * returns what to keep (undefined forgets it; `current` itself writes nothing). Two commands
 * renewing one session must not both present its refresh token, which the provider replaces on
 * each use and takes the reuse of as theft, ending the session; two changing different tenants'
 * sessions must not write over each other's. The file is replaced atomically, readable by the
 * user only, so a command reading it without the lock never sees half of it; with no session
 * left it is deleted. Waiting is bounded: FileLockBusy when another command holds it too long.
 */
export async function changeSession<R>(
  tenantUrl: string,
  change: (current: TenantSession | undefined) => Promise<{ next: TenantSession | undefined; result: R }>,
  path = sessionFilePath(),
): Promise<R> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  return withFileLock(
    path,
    async () => {
      const sessions = readAll(path);
      const key = sessionKey(tenantUrl);
      const current = sessions[key];
      const { next, result } = await change(current);
      if (next === current) return result;
      if (next) sessions[key] = next;
      else delete sessions[key];
      if (Object.keys(sessions).length === 0) await rm(path, { force: true });
      else await writeFileAtomic(path, `${JSON.stringify({ version: 1, sessions }, null, 2)}\n`, { mode: 0o600 });
      return result;
    },
    { waitMs: LOCK_WAIT_MS, staleMs: LOCK_STALE_MS, what: `the sign-in sessions file ${path}` },
  );
}

/** Keeps (or with undefined, forgets) a tenant's session, as {@link changeSession} does. */
export async function writeSession(tenantUrl: string, session: TenantSession | undefined, path = sessionFilePath()): Promise<void> {
  await changeSession(tenantUrl, async () => ({ next: session, result: undefined }), path);
}
