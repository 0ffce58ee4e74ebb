import { parseArgs } from 'node:util';

/** What `npm run serve -- --workspace <dir> [--port <n>] [--app-data <dir>]` asked for. */
export interface ServeArgs {
  workspace: string;
  port: number;
  appDataDir: string | undefined;
}

export const SERVE_USAGE = 'usage: npm run serve -- --workspace <folder> [--port <number>] [--app-data <folder>]';

/** The parsed command line, or the one line to print before exiting with status 2. */
export type ServeArgsResult = { ok: true; args: ServeArgs } | { ok: false; message: string };

/** Reads the serve command line; port 0 (the default) means any free port. */
export function parseServeArgs(argv: readonly string[]): ServeArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { workspace: { type: 'string', short: 'w' }, port: { type: 'string', short: 'p' }, 'app-data': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${SERVE_USAGE}` };
  }
  if (!values.workspace) return { ok: false, message: `--workspace <folder> is required.\n${SERVE_USAGE}` };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65_535) {
    return { ok: false, message: `--port must be a number from 0 to 65535, not "${values.port}".` };
  }
  return { ok: true, args: { workspace: values.workspace, port, appDataDir: values['app-data'] } };
}
