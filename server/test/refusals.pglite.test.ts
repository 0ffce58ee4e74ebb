import { describe } from 'vitest';
import { describeRefusals } from './refusals.suite';

describe('refused requests and the audit log, embedded PGlite store', () => describeRefusals('pglite'));
