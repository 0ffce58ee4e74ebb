import { describe } from 'vitest';
import { describeTenantApi } from './tenant-api.suite';

describe('tenant API over HTTP, embedded PGlite store', () => describeTenantApi('pglite'));
