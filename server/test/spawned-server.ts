import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { HANG_GUARD_MS } from '../../test/hang-guard';
import { TEST_DATABASE_URL } from './test-server';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/flowpack-tenant.js', import.meta.url));

/** Where a spawned server keeps its data: a PGlite folder, or a PostgreSQL database. */
export type SpawnStore = { dataDir: string } | { databaseUrl: string };

function storeArgs(store: SpawnStore): { args: string[]; env: NodeJS.ProcessEnv } {
  return 'dataDir' in store ? { args: ['--data', store.dataDir], env: { ...process.env, DATABASE_URL: '' } } : { args: [], env: { ...process.env, DATABASE_URL: store.databaseUrl } };
}

/** A store for one test that is gone afterwards: a PGlite folder, or a new database on the test PostgreSQL server. */
export async function withSpawnStore(kind: 'pglite' | 'postgres', body: (store: SpawnStore) => Promise<void>): Promise<void> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'flowpack-spawned-'));
    try {
      await body({ dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    return;
  }
  const name = `flowpack_fault_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  try {
    await body({ databaseUrl: url.toString() });
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** `flowpack-tenant create-tenant` as a child process: the new tenant's id and admin token. */
export async function createTenantWithCommand(store: SpawnStore, name: string, profile: string): Promise<{ tenantId: string; token: string }> {
  const { args, env } = storeArgs(store);
  const { stdout } = await run(process.execPath, [BIN, 'create-tenant', '--name', name, '--profile', profile, ...args], { env, timeout: HANG_GUARD_MS });
  const tenantId = /^Tenant (\S+)/m.exec(stdout)?.[1];
  const token = /^(fpt_\S+)$/m.exec(stdout)?.[1];
  if (!tenantId || !token) throw new Error(`create-tenant printed no tenant and token:\n${stdout}`);
  return { tenantId, token };
}

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  log(): string;
  /** Resolves with the first stderr/stdout text matching `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** `flowpack-tenant serve --port 0` as a real process, with extra environment variables (test hooks). */
export async function spawnServer(store: SpawnStore, extraEnv: Record<string, string> = {}): Promise<SpawnedServer> {
  const { args, env } = storeArgs(store);
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: { ...env, ...extraEnv } });
  let log = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpExecArray) => void }[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const take = (chunk: Buffer) => {
    log += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(log);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const match = pattern.exec(log);
      if (match) return resolve(match);
      waiters.push({ pattern, resolve });
      void exited.then(() => reject(new Error(`the server exited before printing ${pattern}:\n${log}`)));
    });
  const url = (await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  return {
    url,
    child,
    log: () => log,
    waitFor,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
