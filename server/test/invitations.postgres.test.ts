import { describe } from 'vitest';
import { describeInvitations } from './invitations.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same suite against a PostgreSQL server. .ci/run starts one and sets
// FLOWPACK_TEST_DATABASE_URL; without it the suite is reported as skipped, never faked.
const title = TEST_DATABASE_URL
  ? 'invitations to a tenant, PostgreSQL store'
  : 'invitations to a tenant, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeInvitations('postgres'));
