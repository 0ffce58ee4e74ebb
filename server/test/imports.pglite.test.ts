import { describe } from 'vitest';
import { describeImportExactNames } from './import-exact-names.suite';
import { describeImportExpectations } from './import-expectations.suite';
import { describeDeploys } from './import-deploy.suite';
import { describeImportProgress } from './import-progress.suite';
import { describeImportSignatures } from './import-signatures.suite';
import { describeImports } from './imports.suite';

describe('imports over HTTP, embedded PGlite store', () => describeImports('pglite'));
describe('import progress streams over HTTP, embedded PGlite store', () => describeImportProgress('pglite'));
describe('import previews and applies by exact names, embedded PGlite store', () => describeImportExactNames('pglite'));
describe('expected revisions of imports over HTTP, embedded PGlite store', () => describeImportExpectations('pglite'));
describe('deploys of workspace flows over HTTP, embedded PGlite store', () => describeDeploys('pglite'));
describe('signature policies of tenants over HTTP, embedded PGlite store', () => describeImportSignatures('pglite'));
