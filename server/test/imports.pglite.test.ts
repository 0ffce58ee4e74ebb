import { describe } from 'vitest';
import { describeImportExpectations } from './import-expectations.suite';
import { describeImportProgress } from './import-progress.suite';
import { describeImports } from './imports.suite';

describe('imports over HTTP, embedded PGlite store', () => describeImports('pglite'));
describe('import progress streams over HTTP, embedded PGlite store', () => describeImportProgress('pglite'));
describe('expected revisions of imports over HTTP, embedded PGlite store', () => describeImportExpectations('pglite'));
