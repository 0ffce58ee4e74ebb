/**
 * Points inside the server where a test can stop it, so fault tests hit the exact moment
 * they mean to (a process killed in the middle of an import's transaction) instead of
 * racing a timer. Production never sets them.
 */
export interface ServerHooks {
  /** Runs inside an import apply's transaction, after every write and before the commit. */
  insideImportApply?: (reportId: string) => Promise<void>;
  /** Runs inside a deadline job's transaction, after the run's writes and before the commit. */
  insideDeadline?: (runId: string) => Promise<void>;
  /** Runs after an event's transaction committed, before it is answered. */
  afterEvent?: (subjectId: string) => Promise<void>;
}

/** The environment variable that makes `serve` pause inside every import apply (fault tests only). */
export const PAUSE_IMPORT_VARIABLE = 'FLOWPACK_TEST_PAUSE_IMPORT_APPLY';

/** The line `serve` prints on stderr when it pauses there, which a test waits for before it kills the process. */
export const PAUSED_MARKER = 'flowpack-tenant: test hook: paused inside an import apply';

/** The environment variable that makes `serve` pause inside every deadline it works (fault tests only). */
export const PAUSE_DEADLINE_VARIABLE = 'FLOWPACK_TEST_PAUSE_DEADLINE';

/** The line `serve` prints on stderr when it pauses inside a deadline, with the run's id. */
export const PAUSED_DEADLINE_MARKER = 'flowpack-tenant: test hook: paused inside a deadline';

/** The environment variable naming a subject whose events `serve` handles and commits but never answers (fault tests only). */
export const PAUSE_EVENT_ANSWER_VARIABLE = 'FLOWPACK_TEST_PAUSE_EVENT_ANSWER';

/** The line `serve` prints on stderr when it holds back an event's answer, with the subject's id. */
export const PAUSED_EVENT_MARKER = 'flowpack-tenant: test hook: paused after an event committed';

/** Never resolves: the paused work waits for the test to kill the process. */
const forever = () => new Promise<void>(() => undefined);

/**
 * The hooks `serve` takes from its environment: with FLOWPACK_TEST_PAUSE_IMPORT_APPLY=1 every
 * import apply stops before its commit and never goes on (the test kills the process); with
 * FLOWPACK_TEST_PAUSE_DEADLINE=1 every deadline job does, after the run's writes; with
 * FLOWPACK_TEST_PAUSE_EVENT_ANSWER=<subject id> the events of that subject are committed and
 * never answered (the client sees what a process dying at that moment shows it).
 */
export function hooksFromEnvironment(env: Readonly<Record<string, string | undefined>>, log: (line: string) => void): ServerHooks {
  const hooks: ServerHooks = {};
  if (env[PAUSE_IMPORT_VARIABLE] === '1') {
    hooks.insideImportApply = (reportId) => {
      log(`${PAUSED_MARKER} (${reportId})\n`);
      return forever();
    };
  }
  if (env[PAUSE_DEADLINE_VARIABLE] === '1') {
    hooks.insideDeadline = (runId) => {
      log(`${PAUSED_DEADLINE_MARKER} (${runId})\n`);
      return forever();
    };
  }
  const pausedSubject = env[PAUSE_EVENT_ANSWER_VARIABLE];
  if (pausedSubject) {
    hooks.afterEvent = async (subjectId) => {
      if (subjectId !== pausedSubject) return;
      log(`${PAUSED_EVENT_MARKER} (${subjectId})\n`);
      return forever();
    };
  }
  return hooks;
}
