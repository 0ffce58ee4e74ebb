import { describe } from 'vitest';
import { describeImportLifecycle } from './import-lifecycle.suite';
import { describeLifecycle } from './lifecycle.suite';

describe('flow lifecycle over HTTP, embedded PGlite store', () => describeLifecycle('pglite'));
describe('imports into started journeys over HTTP, embedded PGlite store', () => describeImportLifecycle('pglite'));
