// The tenant server the push benchmark imports into, in a process of its own so the client's
// JSON work does not share its event loop. Opens the store named on the command line (a
// PGlite data folder, as `serve` uses, or a PostgreSQL URL), creates TENANTS empty
// conversations tenants with seed-demo's catalog (one per apply, so each apply creates its
// 100 flows rather than updating the last run's), listens on loopback and prints one JSON
// line: { url, tokens }.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/api/app';
import { demoEntities } from '../../../server/seed/demo-catalog';
import { insertEntities } from '../../../server/store/catalog-store';
import { openDatabase } from '../../../server/store/database';
import { createTenant } from '../../../server/store/tenant-store';
import { closeOnTerminate } from '../server-process';

const TENANTS = Number(process.argv[process.argv[2] === 'postgres' ? 4 : 3] ?? 10);
const databaseUrl = process.argv[2] === 'postgres' ? process.argv[3] : undefined;
const dataDir = databaseUrl ? undefined : await mkdtemp(join(tmpdir(), 'flowpack-bench-push-'));
const database = await openDatabase({ databaseUrl, dataDir });
const now = new Date();
const tokens: string[] = [];
for (let i = 0; i < TENANTS; i++) {
  const { tenant, token } = await createTenant(database.db, { name: `Push tenant ${i + 1}`, profile: 'conversations', now });
  // seed-demo's catalog without its template flows, which would count against the 100-flow limit.
  await insertEntities(database.db, tenant.id, demoEntities('conversations').map((entity, index) => ({ ...entity, id: entity.id ?? `${entity.kind}-${1000 + index}` })));
  tokens.push(token.token);
}

// Large packs in quick succession: the limits are the server's protection, not what is measured.
const app = await createApp({ db: database.db, onTenantChange: database.onTenantChange, jobSql: database.jobSql, rateLimit: { max: 10_000_000, timeWindowMs: 60_000 }, maxRequestBytes: 20 * 1024 * 1024 });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url, tokens }));

closeOnTerminate(app, database, dataDir);
