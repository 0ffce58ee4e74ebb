import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { desktopUserDataDir, electronAppDataDir, readDesktopSettings } from '../electron/main/desktop-settings';
import { missingDisplay, obtainElectronBinary } from './electron-binary';
import type { ElectronBinary } from './electron-binary';
import { parseStartArguments } from './start-arguments';

/** How long `npm start` waits for a missing Electron binary to download. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** What `npm start` runs once the build is done. */
export type StartPlan =
  | { kind: 'desktop'; command: string; args: string[] }
  | { kind: 'browser'; notice: string; command: string; args: string[] };

export interface StartSituation {
  projectRoot: string;
  binary: ElectronBinary;
  /** Why no window could open even with the binary (Linux without a display), if so. */
  noDisplay: string | undefined;
  argv: readonly string[];
  /** The desktop app's remembered workspace, if that folder still exists. */
  lastWorkspace: string | undefined;
}

/**
 * Decides between the desktop app and the browser host. The desktop app gets `--workspace`
 * only when one was given (it remembers its own); the browser host needs one, so it gets the
 * one given, else the desktop app's last workspace, else the examples. The notice is the one
 * line saying why the desktop app is not starting.
 */
export function planStart(situation: StartSituation): StartPlan {
  const { workspace, passThrough } = parseStartArguments(situation.argv);
  const workspaceArgs = (folder: string) => ['--workspace', resolve(folder)];
  if (situation.binary.ok && situation.noDisplay === undefined) {
    return { kind: 'desktop', command: situation.binary.executable, args: ['.', ...(workspace ? workspaceArgs(workspace) : []), ...passThrough] };
  }
  const notice = situation.binary.ok
    ? `Flowpack Studio: Electron cannot open a window here (${situation.noDisplay}); starting the browser host instead.`
    : `Flowpack Studio: the Electron binary could not be obtained (${situation.binary.reason}); starting the browser host instead.`;
  const folder = workspace ?? situation.lastWorkspace ?? join(situation.projectRoot, 'examples');
  return {
    kind: 'browser',
    notice,
    command: process.execPath,
    args: ['--import', 'tsx', join(situation.projectRoot, 'node', 'browser-host', 'serve.ts'), ...workspaceArgs(folder), ...passThrough],
  };
}

/** The workspace the desktop app remembered, when that folder is still there. */
async function rememberedWorkspace(): Promise<string | undefined> {
  const userData = desktopUserDataDir(electronAppDataDir(process.platform, process.env, homedir()));
  const { lastWorkspace } = await readDesktopSettings(userData);
  if (lastWorkspace === undefined) return undefined;
  return (await stat(lastWorkspace).catch(() => undefined))?.isDirectory() ? lastWorkspace : undefined;
}

/** Runs a command with the terminal attached; resolves with its exit status. */
function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    // Ctrl+C reaches the child through the terminal; this process waits for it to finish.
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInterrupt = forward('SIGINT');
    const onTerminate = forward('SIGTERM');
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onTerminate);
    child.on('error', (error) => {
      process.stderr.write(`Flowpack Studio: could not run ${command}: ${error.message}\n`);
      resolvePromise(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolvePromise(code ?? (signal ? 130 : 1));
    });
  });
}

/** `npm run build` with the npm that runs `npm start` (npm_execpath), so no shell is needed on Windows. */
function runBuild(projectRoot: string): Promise<number> {
  const npmCli = process.env.npm_execpath;
  if (npmCli) return run(process.execPath, [npmCli, 'run', 'build'], projectRoot);
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], projectRoot);
}

/**
 * `npm start`: builds, then launches the desktop app, or, where the Electron binary cannot be
 * obtained (or cannot show a window), says so in one line and starts the browser host, which
 * prints its address. Resolves with the exit status.
 */
export async function runStart(argv: readonly string[]): Promise<number> {
  const projectRoot = fileURLToPath(new URL('..', import.meta.url));
  const built = await runBuild(projectRoot);
  if (built !== 0) return built;
  const binary = await obtainElectronBinary(join(projectRoot, 'node_modules', 'electron'), DOWNLOAD_TIMEOUT_MS);
  const plan = planStart({
    projectRoot,
    binary,
    noDisplay: binary.ok ? missingDisplay(process.platform, process.env) : undefined,
    argv,
    lastWorkspace: await rememberedWorkspace(),
  });
  if (plan.kind === 'browser') process.stderr.write(`${plan.notice}\n`);
  return run(plan.command, plan.args, projectRoot);
}
