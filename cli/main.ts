// The `flowpack` command. Run through cli/bin/flowpack.js (npx flowpack) or `tsx cli/main.ts`.
// Every language at once, as on each Node entry point: step types answer in any of them synchronously.
import '../shared/locales/all';
import { parseArgs } from 'node:util';
import { CommandError, EXIT_CODES, UsageError } from './cli-error';
import { COMMANDS } from './command-list';
import { processOutput } from './cli-output';
import type { CliOutput } from './cli-output';
import { formatExitStatus, GENERAL_EXIT_STATUS } from './exit-status';
import { printable } from './printable';
import { TOOL_VERSION } from './tool-version';

const HELP = `Usage: flowpack <command> [options]

Flowpack Studio on the command line: the same validation as the editor, for scripts and CI.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

Options:
  -h, --help     Show this help; "flowpack <command> --help" shows a command's options
  -v, --version  Show the version

${formatExitStatus(GENERAL_EXIT_STATUS)}Each command's --help lists what its own codes mean ("flowpack push --help").
`;

/** Runs the CLI for `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], output: CliOutput): Promise<number> {
  try {
    return await dispatch(argv, output);
  } catch (error) {
    return reportFailure(error, output);
  }
}

async function dispatch(argv: string[], output: CliOutput): Promise<number> {
  // Options before the command are the CLI's own; everything after belongs to the command.
  const commandIndex = argv.findIndex((arg) => !arg.startsWith('-'));
  const globalArgs = commandIndex < 0 ? argv : argv.slice(0, commandIndex);
  const { values } = parseArgs({
    args: globalArgs,
    options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    strict: true,
  });
  if (values.version) {
    output.stdout(`${TOOL_VERSION}\n`);
    return EXIT_CODES.ok;
  }
  if (commandIndex < 0) {
    if (values.help) {
      output.stdout(HELP);
      return EXIT_CODES.ok;
    }
    throw new UsageError('missing command (validate, new or schema)');
  }
  let name = argv[commandIndex]!;
  let args = argv.slice(commandIndex + 1);
  if (name === 'help') {
    // `flowpack help validate` is `flowpack validate --help`.
    if (args.length === 0) {
      output.stdout(HELP);
      return EXIT_CODES.ok;
    }
    [name, args] = [args[0]!, ['--help']];
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  try {
    return await (await command.load()).run(args, output);
  } catch (error) {
    // Option errors from node:util parseArgs name the command's own help.
    throw isParseArgsError(error) ? new UsageError(shortParseArgsMessage(error), name) : error;
  }
}

function reportFailure(error: unknown, output: CliOutput): number {
  if (isParseArgsError(error)) error = new UsageError(shortParseArgsMessage(error));
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'flowpack --help' : `flowpack ${error.command} --help`;
    output.stderr(`flowpack: ${printable(error.message)}\nRun "${help}" for usage.\n`);
    return EXIT_CODES.failure;
  }
  if (error instanceof CommandError) {
    output.stderr(`flowpack: ${printable(error.message)}\n`);
    return error.exitCode;
  }
  // A defect, not the user's doing: one line, the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  output.stderr(`flowpack: internal error: ${printable(message)} (set FLOWPACK_DEBUG=1 to see where)\n`);
  if (process.env.FLOWPACK_DEBUG && error instanceof Error) output.stderr(`${error.stack}\n`);
  return EXIT_CODES.failure;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** parseArgs' first sentence, without its advice about `--` that does not apply here. */
function shortParseArgsMessage(error: Error): string {
  const first = error.message.split(/\.(?:\s|$)/)[0] ?? error.message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

// A reader that goes away (`flowpack schema | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), processOutput);
