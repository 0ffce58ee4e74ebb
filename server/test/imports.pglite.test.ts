import { describe } from 'vitest';
import { describeDeploys } from './import-deploy.suite';
import { describeImportProgress } from './import-progress.suite';
import { describeImports } from './imports.suite';

describe('imports over HTTP, embedded PGlite store', () => describeImports('pglite'));
describe('import progress streams over HTTP, embedded PGlite store', () => describeImportProgress('pglite'));
describe('deploys of workspace flows over HTTP, embedded PGlite store', () => describeDeploys('pglite'));
