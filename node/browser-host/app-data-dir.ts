import { join } from 'node:path';

/**
 * The app's data folder (user templates) where each OS keeps such things: `$XDG_DATA_HOME` or
 * `~/.local/share` on Linux and other Unixes, `~/Library/Application Support` on macOS,
 * `%APPDATA%` on Windows. On macOS and Windows this is the same folder the desktop app's
 * `userData` uses (both are named after the product).
 */
export function defaultAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Flowpack Studio');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Flowpack Studio');
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'flowpack-studio');
}
