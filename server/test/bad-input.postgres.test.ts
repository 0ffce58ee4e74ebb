import { describe } from 'vitest';
import { describeBadInput } from './bad-input.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same suite against a PostgreSQL server (FLOWPACK_TEST_DATABASE_URL, set by .ci/run); skipped, never faked, without it.
const title = TEST_DATABASE_URL
  ? 'tenant API given bad input, PostgreSQL store'
  : 'tenant API given bad input, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeBadInput('postgres'));
