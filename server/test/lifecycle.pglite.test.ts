import { describe } from 'vitest';
import { describeLifecycle } from './lifecycle.suite';

describe('flow lifecycle over HTTP, embedded PGlite store', () => describeLifecycle('pglite'));
