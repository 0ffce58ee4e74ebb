/** Exit codes of every `flowpack` command. */
export const EXIT_CODES = {
  /** Done; for `validate`: no errors (warnings allowed). */
  ok: 0,
  /** `validate` found at least one error in a document. */
  errors: 1,
  /** The command was called wrongly, or an input or output file could not be used. */
  failure: 2,
} as const;

/**
 * A mistake in how the command was called (unknown option, missing argument). Reported
 * as one line plus a hint to the command's `--help`.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose help the hint names; the top-level help when undefined. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/**
 * A failure the user can fix without reading the usage (a file exists, a folder is missing). One
 * line, exit 2 unless the command documents another code for it (a refused push: 1).
 */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_CODES.failure,
  ) {
    super(message);
  }
}
