import { describe } from 'vitest';
import { describeSignIn } from './sign-in.suite';

describe('signing in to a tenant (OpenID Connect), embedded PGlite store', () => describeSignIn('pglite'));
