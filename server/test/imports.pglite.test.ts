import { describe } from 'vitest';
import { describeImports } from './imports.suite';

describe('imports over HTTP, embedded PGlite store', () => describeImports('pglite'));
