import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether the Electron executable is on disk, and where, or why not. */
export type ElectronBinary = { ok: true; executable: string } | { ok: false; reason: string };

/**
 * Finds the Electron executable the `electron` package would run, without `require('electron')`
 * (which starts a download when it is missing): `path.txt` names it inside `dist/`, or inside
 * `ELECTRON_OVERRIDE_DIST_PATH` when that is set.
 */
export function locateElectronBinary(electronPackageDir: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(executable) ? { ok: true, executable } : { ok: false, reason: `${executable} does not exist` };
  }
  if (relative === undefined || relative === '') return { ok: false, reason: 'it was never downloaded' };
  const executable = join(electronPackageDir, 'dist', relative);
  return existsSync(executable) ? { ok: true, executable } : { ok: false, reason: `${executable} is missing` };
}

/**
 * Finds the Electron executable, downloading it first with the package's own installer when it
 * is missing. The download gets `timeoutMs`; its output is kept back (a failure is reported as
 * one short reason, not a stack trace).
 */
export async function obtainElectronBinary(electronPackageDir: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<ElectronBinary> {
  const found = locateElectronBinary(electronPackageDir, env);
  if (found.ok || !existsSync(join(electronPackageDir, 'install.js'))) return found;
  const failure = await runInstaller(join(electronPackageDir, 'install.js'), timeoutMs, env);
  if (failure !== undefined) return { ok: false, reason: `the download failed: ${failure}` };
  return locateElectronBinary(electronPackageDir, env);
}

/** Runs electron's install.js; resolves with a one-line reason when it fails, undefined when it succeeds. */
function runInstaller(installer: string, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill();
      resolve(`no answer within ${timeoutMs / 1000} s`);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const firstLine = stderr.split('\n').find((line) => line.trim() !== '')?.trim();
      resolve(code === 0 ? undefined : (firstLine ?? `the installer exited with status ${code}`));
    });
  });
}

/** Why Electron could not show a window here even with its binary, or undefined: Linux needs a display server. */
export function missingDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | undefined {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return undefined;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? undefined : 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
}
