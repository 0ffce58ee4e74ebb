import { describe } from 'vitest';
import { describeBadInput } from './bad-input.suite';

describe('tenant API given bad input, embedded PGlite store', () => describeBadInput('pglite'));
