import { describe } from 'vitest';
import { describeImportPreview } from './import-preview.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same property against a PostgreSQL server (.ci/run starts one and sets FLOWPACK_TEST_DATABASE_URL).
const title = TEST_DATABASE_URL
  ? 'import previews against generated tenants, PostgreSQL store'
  : 'import previews against generated tenants, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeImportPreview('postgres'));
