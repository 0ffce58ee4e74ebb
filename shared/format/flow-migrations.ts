import type { Migration } from './migrations';

/**
 * The flow document's migration chain: one entry per version step, each with a fixture
 * under test/fixtures/migrations/ and a test. Version 1 is the first published format, so
 * the chain is empty until version 2 exists.
 */
export const FLOW_MIGRATIONS: readonly Migration[] = [];
