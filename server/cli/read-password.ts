import { readFile } from 'node:fs/promises';
import { passwordProblem } from '../auth/password';
import { UsageError } from './usage-error';

/** One trailing line break (what `echo` and editors add) is not part of the password; anything else is. */
const withoutLineEnd = (text: string) => text.replace(/\r?\n$/, '');

/**
 * A new password, never from the command line (argv shows in `ps` and shell history): from
 * `file` when given, else from standard input, read whole when piped, typed without echo at
 * a terminal.
 */
export async function readNewPassword(file: string | undefined): Promise<string> {
  const password = file === undefined ? await readStdinPassword() : await readPasswordFile(file);
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(`The password ${problem}.`);
  return password;
}

async function readPasswordFile(path: string): Promise<string> {
  try {
    return withoutLineEnd(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--password-file ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

async function readStdinPassword(): Promise<string> {
  if (process.stdin.isTTY) return typeWithoutEcho('Password (not shown): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return withoutLineEnd(Buffer.concat(chunks).toString('utf8'));
}

/** Reads one line at the terminal with echo off; Ctrl-C gives up. */
function typeWithoutEcho(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(() => resolve(typed));
        if (char === '\u0003') return done(() => reject(new UsageError('No password typed.')));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}
