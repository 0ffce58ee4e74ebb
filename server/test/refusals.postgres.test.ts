import { describe } from 'vitest';
import { describeRefusals } from './refusals.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same suite against a PostgreSQL server (FLOWPACK_TEST_DATABASE_URL, set by .ci/run); skipped, never faked, without it.
const title = TEST_DATABASE_URL
  ? 'refused requests and the audit log, PostgreSQL store'
  : 'refused requests and the audit log, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeRefusals('postgres'));
