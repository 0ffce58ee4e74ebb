import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Test support: other processes holding a lock of file-lock.ts. Not shipped code. */

const MODULE = join(import.meta.dirname, 'file-lock.ts');

/**
 * Another process that takes the lock on `path` (refreshing it every half of `staleMs`) and keeps
 * it until it is killed: a command busy renewing a session, or one that will crash while it holds
 * the lock (the interval keeps it alive: a pending promise alone does not). Resolves once it holds it.
 */
export async function holderProcess(path: string, staleMs: number): Promise<ChildProcess> {
  const script = `import { withFileLock } from ${JSON.stringify(MODULE)};
await withFileLock(${JSON.stringify(path)}, () => { console.log('holding'); setInterval(() => {}, 1000); return new Promise(() => {}); }, { waitMs: 60_000, staleMs: ${staleMs}, what: 'test' });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('holding')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the holder exited (${code}) before it held the lock`)));
  });
  return child;
}

/** Kills the process as a crash would and resolves when it is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // SIGKILL: no exit handler runs, so the lock stays behind as after a crash or `kill -9`.
    child.kill('SIGKILL');
  });
}
