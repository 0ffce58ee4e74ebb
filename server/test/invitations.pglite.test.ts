import { describe } from 'vitest';
import { describeInvitations } from './invitations.suite';

describe('invitations to a tenant, embedded PGlite store', () => describeInvitations('pglite'));
