import { describe } from 'vitest';
import { describeRuns } from './runs.suite';
import { TEST_DATABASE_URL } from './test-server';

// Skipped, never faked, without a PostgreSQL server (.ci/run starts one and sets FLOWPACK_TEST_DATABASE_URL).
const title = TEST_DATABASE_URL
  ? 'flows running on the tenant, PostgreSQL store'
  : 'flows running on the tenant, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeRuns('postgres'));
