// The tenant server the API benchmark loads, in a process of its own so the load generator
// does not share its event loop. Opens the store named on the command line, seeds one
// tenant (seed-demo's catalog plus FLOWS generated flows, some published), listens on
// loopback and prints one JSON line: { url, token, flows, entities }.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/api/app';
import { seedDemo } from '../../../server/seed/seed-demo';
import { openDatabase } from '../../../server/store/database';
import { insertFlow } from '../../../server/store/flow-store';
import { changeStatus, lifecycleRow } from '../../../server/store/lifecycle-store';
import { createTenant } from '../../../server/store/tenant-store';
import { generateFlow } from '../generate-flow';
import { closeOnTerminate } from '../server-process';

const FLOWS = 100;
const NODES_PER_FLOW = 40;
const FOLDERS = ['', 'Sales', 'Sales/Inbound', 'Support', 'Marketing/Campaigns'];

const databaseUrl = process.argv[2] === 'postgres' ? process.argv[3] : undefined;
const dataDir = databaseUrl ? undefined : await mkdtemp(join(tmpdir(), 'flowpack-bench-tenant-'));
const database = await openDatabase({ databaseUrl, dataDir });
const now = new Date();
const { tenant, token } = await createTenant(database.db, { name: 'Benchmark tenant', profile: 'conversations', now });
const seeded = await seedDemo(database.db, tenant, now);

await database.db.transaction(async (tx) => {
  const ctx = { tenantId: tenant.id, tokenId: token.id, clientAddress: null, now };
  for (let i = seeded.flows; i < FLOWS; i++) {
    const flow = { ...generateFlow(NODES_PER_FLOW), id: `6f1d2c3b-4a5e-4f60-8a7b-${i.toString(16).padStart(12, '0')}`, name: `Workflow ${i + 1}`, description: `Routing for campaign ${i % 17}` };
    await insertFlow(tx, ctx, flow, FOLDERS[i % FOLDERS.length]!);
    // A third of them published, so the list has mixed statuses and actions.
    if (i % 3 === 0) await changeStatus(tx, ctx, { row: (await lifecycleRow(tx, tenant.id, flow.id))!, action: 'publish', to: 'published' });
  }
});

// The rate limit is the server's protection, not what is measured: raised above the load.
const app = await createApp({ db: database.db, onTenantChange: database.onTenantChange, jobSql: database.jobSql, rateLimit: { max: 10_000_000, timeWindowMs: 60_000 } });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url, token: token.token, flows: FLOWS, entities: seeded.entities }));
closeOnTerminate(app, database, dataDir);
