import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../hang-guard';

/** The repository root: tests run the CLI exactly as `npx flowpack` does, from here. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const LAUNCHER = join(REPO_ROOT, 'cli/bin/flowpack.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node cli/bin/flowpack.js ...args` as a separate process and collects what it printed. It waits
 * for the process to end, however long a loaded machine takes; only a hung one is stopped, when its test
 * would be. `input` is written to its standard input, which is then closed.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [LAUNCHER, ...args],
      { cwd: options.cwd ?? REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: HANG_GUARD_MS, env: { ...process.env, FLOWPACK_DEBUG: '', ...options.env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : undefined;
        if (code === undefined) fail(error);
        else done({ code, stdout, stderr });
      },
    );
    // What the command reads from standard input ("-"); without it, standard input stays open as before.
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** A fresh folder under the OS temp folder (by its real path, so links inside it compare equal). */
export function makeTempFolder(): { path: string; remove: () => void } {
  const path = realpathSync(mkdtempSync(join(tmpdir(), 'flowpack-cli-')));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The 1-based line and column where `needle` first occurs in `text`, found independently of the CLI. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Bytes and modification time of files, to show a run changed none of them. */
export function fingerprint(paths: readonly string[]): string[] {
  return paths.map((path) => `${path} ${statSync(path).mtimeMs} ${readFileSync(path).toString('base64')}`);
}

/** A Node stack frame (`at fn (file:line:col)`), which users must never see. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
