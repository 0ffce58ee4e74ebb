import { EXIT_CODES } from './cli-error';

/** One of the codes every command shares. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * What each exit code means for one command, in order. The one list of a command's codes:
 * its `--help` prints it and the tests check it against what the command can return.
 */
export type ExitStatusTable = ReadonlyArray<readonly [ExitCode, string]>;

/** What the codes mean for every command, for the top-level help. */
export const GENERAL_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'success'],
  [
    EXIT_CODES.errors,
    'the command ran and its answer is "no": validate found errors, a test failed, diff found differences, or a change was refused (a plan with errors, a tampered pack, a flow changed elsewhere); what was refused was not done',
  ],
  [EXIT_CODES.failure, 'a usage error, or an input, output or the tenant could not be used'],
];

const WIDTH = 92;
const INDENT = '     ';

/** The "Exit status:" section of a help text, one code a paragraph, wrapped under its meaning. */
export function formatExitStatus(table: ExitStatusTable): string {
  const rows = table.map(([code, meaning]) => wrap(`  ${code}  `, meaning));
  return `Exit status:\n${rows.join('\n')}\n`;
}

function wrap(first: string, text: string): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    const atStart = line === first || line === INDENT;
    if (!atStart && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = INDENT + word;
    } else line = atStart ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}
