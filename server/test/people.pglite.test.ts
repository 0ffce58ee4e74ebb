import { describe } from 'vitest';
import { describePeople } from './people.suite';

describe('people and roles on a tenant, embedded PGlite store', () => describePeople('pglite'));
