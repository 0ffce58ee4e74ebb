import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { missingChromiumReason } from './chromium';
import { E2E_RENDERER_DIR, REPO_ROOT } from './paths';

const run = promisify(execFile);

/**
 * Runs once before the end-to-end files: checks the browser is there, then builds the renderer
 * with the package's own `build:renderer` script, so the tests drive exactly what ships.
 * FLOWPACK_E2E_SKIP_BUILD=1 reuses the previous build while iterating on tests alone.
 */
export default async function setup(): Promise<void> {
  const missing = missingChromiumReason();
  if (missing !== undefined) throw new Error(missing);
  if (process.env['FLOWPACK_E2E_SKIP_BUILD'] === '1' && existsSync(join(E2E_RENDERER_DIR, 'index.html'))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    await run(npm, ['run', '--silent', 'build:renderer', '--', '--outDir', E2E_RENDERER_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      // Vitest sets NODE_ENV=test, which vite would bake in, giving React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The renderer build failed, so the end-to-end tests cannot run:\n${stdout}${stderr}`, { cause: error });
  }
}
