import { describe } from 'vitest';
import { describeRuns } from './runs.suite';

describe('flows running on the tenant, embedded PGlite store', () => describeRuns('pglite'));
