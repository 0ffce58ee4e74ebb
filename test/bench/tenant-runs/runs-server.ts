// One tenant server process of the runs benchmark, over the PostgreSQL database named on the
// command line (the parent prepared its tenant): it runs flows and works deadlines as
// `flowpack-tenant serve` does, listens on loopback and prints one JSON line: { url }.
import { createApp } from '../../../server/api/app';
import { openDatabase } from '../../../server/store/database';
import { closeOnTerminate } from '../server-process';

const database = await openDatabase({ databaseUrl: process.argv[2] });
// The rate limit is the server's protection, not what is measured: raised above the load.
const app = await createApp({ db: database.db, onTenantChange: database.onTenantChange, jobSql: database.jobSql, rateLimit: { max: 10_000_000, timeWindowMs: 60_000 } });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url }));
closeOnTerminate(app, database, undefined);
