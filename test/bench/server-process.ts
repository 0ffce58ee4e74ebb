// A tenant server for a benchmark, run in a process of its own so the load generator or
// client does not share its event loop: the parent starts it and reads the one JSON line it
// prints when listening; the child serves until SIGTERM, then closes and cleans up.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../server/store/database';

/** Starts `script` (TypeScript, through tsx) and waits for the JSON line saying where it listens. */
export async function startServerProcess<Info>(script: string, args: string[]): Promise<{ child: ChildProcess; info: Info }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the benchmark server exited (${String(code)}) before listening`);
  });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  return { child, info: JSON.parse(line) as Info };
}

/** Stops the server process and waits for it to have cleaned up. */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** In the child: on SIGTERM, close the app and the store, remove the PGlite data folder, exit. */
export function closeOnTerminate(app: FastifyInstance, database: Database, dataDir: string | undefined): void {
  process.on('SIGTERM', () => {
    void (async () => {
      await app.close();
      await database.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    })();
  });
}

/**
 * CPU time (user + system, ms) the server process has used so far, from /proc: on a shared
 * machine latency depends on what else runs, the server's CPU per request much less.
 */
export function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
