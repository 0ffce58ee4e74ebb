import { describe } from 'vitest';
import { describePeople } from './people.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same suite against a PostgreSQL server. .ci/run starts one and sets
// FLOWPACK_TEST_DATABASE_URL; without it the suite is reported as skipped, never faked.
const title = TEST_DATABASE_URL
  ? 'people and roles on a tenant, PostgreSQL store'
  : 'people and roles on a tenant, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describePeople('postgres'));
