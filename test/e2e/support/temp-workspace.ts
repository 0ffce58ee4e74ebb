import { cp, mkdir, mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { EXAMPLES_DIR } from './paths';

/** One test's own folders: a copy of the examples as the workspace, and an empty app data folder. */
export interface TempWorkspace {
  /** The workspace folder (a real path, so paths the host reports compare equal). */
  root: string;
  /** The app's data folder (user templates); outside the workspace like the real one. */
  appDataDir: string;
  /** Deletes both folders. */
  remove(): Promise<void>;
}

/** Copies examples/ into a fresh temporary folder, so a test may change it freely. */
export async function createTempWorkspace(): Promise<TempWorkspace> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-e2e-')));
  const root = join(base, 'workspace');
  const appDataDir = join(base, 'app-data');
  await cp(EXAMPLES_DIR, root, { recursive: true });
  await mkdir(appDataDir);
  // Retries: a write the page started just before it closed may still land while the folder goes.
  return { root, appDataDir, remove: () => rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }) };
}

/** Every `*.flow.json` under `root` outside `.flowpack/`, as workspace paths (`a/b.flow.json`). */
export async function listFlowFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.flow.json'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('.flowpack/'))
    .sort();
}
