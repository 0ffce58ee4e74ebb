import { describe } from 'vitest';
import { describeImportExactNames } from './import-exact-names.suite';
import { describeImportExpectations } from './import-expectations.suite';
import { describeDeploys } from './import-deploy.suite';
import { describeImportProgress } from './import-progress.suite';
import { describeImportSignatures } from './import-signatures.suite';
import { describeImports } from './imports.suite';
import { TEST_DATABASE_URL } from './test-server';

// The same suite against a PostgreSQL server (.ci/run starts one and sets FLOWPACK_TEST_DATABASE_URL).
const title = TEST_DATABASE_URL
  ? 'imports over HTTP, PostgreSQL store'
  : 'imports over HTTP, PostgreSQL store (skipped: FLOWPACK_TEST_DATABASE_URL is not set; .ci/run starts a server)';
describe.skipIf(!TEST_DATABASE_URL)(title, () => describeImports('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (progress streams)`, () => describeImportProgress('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (exact names)`, () => describeImportExactNames('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (expected revisions)`, () => describeImportExpectations('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (deploys)`, () => describeDeploys('postgres'));
describe.skipIf(!TEST_DATABASE_URL)(`${title} (signature policies)`, () => describeImportSignatures('postgres'));
