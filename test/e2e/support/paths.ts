import { resolve } from 'node:path';

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Where the end-to-end run builds the renderer: its own folder rather than `out/renderer`, so a
 * developer's `npm run serve` (or a concurrent build) never swaps the bundle under a running test.
 */
export const E2E_RENDERER_DIR = resolve(REPO_ROOT, 'out/e2e-renderer');

/** The example workspace every test starts from (a fresh copy each time). */
export const EXAMPLES_DIR = resolve(REPO_ROOT, 'examples');

/** Test artifacts (git-ignored); screenshots go to `screenshots/` inside it. */
export const TEST_RESULTS_DIR = resolve(REPO_ROOT, 'test-results');
