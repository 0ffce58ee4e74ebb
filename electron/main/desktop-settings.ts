import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../node/services/atomic-write';

/** The folder name of the app's Electron user data (and of its settings), in development and when packaged alike. */
export const PRODUCT_FOLDER_NAME = 'Flowpack Studio';
/** The desktop app's own settings, in its user data folder. */
export const DESKTOP_SETTINGS_FILE = 'settings.json';

/** Unknown keys are kept: a newer version's settings survive a run of an older one. */
const desktopSettingsSchema = z.looseObject({
  /** The workspace folder open when the app last switched workspaces; the next start reopens it. */
  lastWorkspace: z.string().min(1).optional(),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

/**
 * Where Electron keeps per-user app data (`app.getPath('appData')`), computed without
 * Electron so `npm start` can find the last workspace when the desktop app cannot run:
 * `~/Library/Application Support` on macOS, `%APPDATA%` on Windows, `$XDG_CONFIG_HOME` or
 * `~/.config` elsewhere.
 */
export function electronAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
}

/**
 * The app's user data folder inside the app data folder. The desktop app sets it explicitly,
 * so a development run and the packaged app share it (Electron would otherwise name it after
 * package.json's `name` in development and the product name when packaged).
 */
export function desktopUserDataDir(appDataDir: string): string {
  return join(appDataDir, PRODUCT_FOLDER_NAME);
}

/** The settings in `userDataDir`; a missing, unreadable or malformed file counts as no settings. */
export async function readDesktopSettings(userDataDir: string): Promise<DesktopSettings> {
  try {
    const parsed = desktopSettingsSchema.safeParse(JSON.parse(await readFile(join(userDataDir, DESKTOP_SETTINGS_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Changes some settings and keeps the rest, writing the file atomically. */
export async function updateDesktopSettings(userDataDir: string, change: Partial<DesktopSettings>): Promise<void> {
  const next = { ...(await readDesktopSettings(userDataDir)), ...change };
  await writeFileAtomic(join(userDataDir, DESKTOP_SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
}
