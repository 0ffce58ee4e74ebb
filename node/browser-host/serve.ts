// `npm run serve -- --workspace <folder> [--port <n>]`: the browser host on 127.0.0.1, until Ctrl+C.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAppDataDir } from './app-data-dir';
import { startBrowserHost } from './browser-host';
import type { BrowserHost } from './browser-host';
import { parseServeArgs } from './serve-args';
import { workspaceFolderProblem } from './workspace-folder-check';

/** Prints one line and exits with status 2 (a usage problem, not a crash). */
function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const parsed = parseServeArgs(process.argv.slice(2));
if (!parsed.ok) refuse(parsed.message);
const workspace = resolve(parsed.args.workspace);
const problem = await workspaceFolderProblem(workspace);
if (problem !== undefined) refuse(problem);

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
let host: BrowserHost;
try {
  host = await startBrowserHost({
    workspace,
    port: parsed.args.port,
    rendererDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    appDataDir: resolve(parsed.args.appDataDir ?? defaultAppDataDir(process.platform, process.env, homedir())),
    version: packageJson.version,
  });
} catch (error) {
  if ((error as { code?: unknown }).code === 'EADDRINUSE') refuse(`Port ${parsed.args.port} is already in use: choose another with --port, or 0 for any free port.`);
  throw error;
}
process.stdout.write(`Flowpack Studio is running at ${host.url}\n`);

let closing = false;
function shutDown(): void {
  // A second Ctrl+C while closing means "now".
  if (closing) process.exit(130);
  closing = true;
  host.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`Flowpack Studio did not close cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
