import { configDefaults, defineConfig } from 'vitest/config';
import { HANG_GUARD_MS } from './test/hang-guard';

// Two projects: fast unit tests beside the code, then the end-to-end tests in Chromium against the
// browser host. The end-to-end group starts after the unit group (groupOrder), one file at a time:
// each file runs a browser and a host, and CI machines have two cores. Tests wait on conditions;
// the timeouts only stop a hung test, and are generous so that a loaded machine never trips them.
// expect.poll waits as long as its test may run (its default, one second, is a limit load breaks).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'server/**/*.test.ts',
            'electron/**/*.test.ts',
            'node/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'test/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          // Every language's texts registered at once, as the Node side's entry points do (the
          // editor loads one language at a time, and its tests of that load the modules afresh).
          setupFiles: ['shared/locales/all.ts'],
          testTimeout: HANG_GUARD_MS,
          hookTimeout: HANG_GUARD_MS,
          expect: { poll: { timeout: HANG_GUARD_MS } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: HANG_GUARD_MS,
          expect: { poll: { timeout: HANG_GUARD_MS } },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
