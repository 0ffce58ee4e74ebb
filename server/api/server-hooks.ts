/**
 * Points inside the server where a test can stop it, so fault tests hit the exact moment
 * they mean to (a process killed in the middle of an import's transaction) instead of
 * racing a timer. Production never sets them.
 */
export interface ServerHooks {
  /** Runs inside an import apply's transaction, after every write and before the commit. */
  insideImportApply?: (reportId: string) => Promise<void>;
}

/** The environment variable that makes `serve` pause inside every import apply (fault tests only). */
export const PAUSE_IMPORT_VARIABLE = 'FLOWPACK_TEST_PAUSE_IMPORT_APPLY';

/** The line `serve` prints on stderr when it pauses there, which a test waits for before it kills the process. */
export const PAUSED_MARKER = 'flowpack-tenant: test hook: paused inside an import apply';

/**
 * The hooks `serve` takes from its environment: with FLOWPACK_TEST_PAUSE_IMPORT_APPLY=1 every
 * import apply stops before its commit and never goes on (the test kills the process).
 */
export function hooksFromEnvironment(env: Readonly<Record<string, string | undefined>>, log: (line: string) => void): ServerHooks {
  if (env[PAUSE_IMPORT_VARIABLE] !== '1') return {};
  return {
    insideImportApply: (reportId) => {
      log(`${PAUSED_MARKER} (${reportId})\n`);
      return new Promise<void>(() => undefined);
    },
  };
}
