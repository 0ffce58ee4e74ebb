import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  // A file this CLI did not write (or a damaged one) holds no session it can use; signing in again replaces it.
  return parsed.success ? parsed.data.sessions : {};
}

/** The session kept for a tenant, if any. */
export function readSession(tenantUrl: string, path = sessionFilePath()): TenantSession | undefined {
  try {
    return readAll(path)[sessionKey(tenantUrl)];
  } catch {
    return undefined;
  }
}

/**
 * Keeps (or with undefined, forgets) a tenant's session. The file is written whole to a
 * temporary file made with mode 0600 and renamed over the old one, so it is never readable by
 * others nor left half-written; with no session left, the file is deleted.
 */
export function writeSession(tenantUrl: string, session: TenantSession | undefined, path = sessionFilePath()): void {
  let sessions: Record<string, TenantSession>;
  try {
    sessions = readAll(path);
  } catch {
    sessions = {};
  }
  const key = sessionKey(tenantUrl);
  if (session) sessions[key] = session;
  else delete sessions[key];
  if (Object.keys(sessions).length === 0) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, sessions }, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFileSync is masked by the umask; say it again.
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
