import { describe } from 'vitest';
import { describeImportLifecycle } from './import-lifecycle.suite';
import { describeLifecycle } from './lifecycle.suite';
import { TEST_DATABASE_URL } from './test-server';

// Skipped, never faked, without a PostgreSQL server (.ci/run starts one and sets FLOWPACK_TEST_DATABASE_URL).
const title = TEST_DATABASE_URL
  ? 'flow lifecycle over HTTP, PostgreSQL store'
  : 'flow lifecycle over HTTP, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeLifecycle('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (imports into started journeys)`, () => describeImportLifecycle('postgres'));
