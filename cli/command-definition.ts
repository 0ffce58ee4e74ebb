import type { ParseArgsConfig } from 'node:util';
import type { CliOutput } from './cli-output';
import type { ExitStatusTable } from './exit-status';

/** The options object node:util parseArgs takes (the Node types name no alias for it). */
export type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command module gives the CLI: how it runs, the options it parses, the exit codes it returns. */
export interface CommandDefinition {
  run: (args: string[], output: CliOutput) => number | Promise<number>;
  /** The very object the command gives node:util parseArgs, so completion offers what parsing accepts. */
  options: ParseArgsOptionsConfig;
  exitStatus: ExitStatusTable;
}
