// The `flowpack` command. Run through cli/bin/flowpack.js (npx flowpack) or `tsx cli/main.ts`.
// Every language at once, as on each Node entry point: step types answer in any of them synchronously.
import '../shared/locales/all';
import { parseArgs } from 'node:util';
import { CommandError, EXIT_CODES, UsageError } from './cli-error';
import { processOutput } from './cli-output';
import type { CliOutput } from './cli-output';
import { printable } from './printable';
import { TOOL_VERSION } from './tool-version';

type Command = (args: string[], output: CliOutput) => number | Promise<number>;

/** Each command loads on demand, so `--help` and a typo never pay for loading the validator. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'Check flow files, packs and folders; print diagnostics with line and column',
    load: async () => (await import('./commands/validate')).runValidateCommand,
  },
  new: {
    summary: 'Create a flow that validates: flowpack new --profile <p> --name <n>, or --template <id> [--lang <l>]',
    load: async () => (await import('./commands/new')).runNewCommand,
  },
  schema: {
    summary: 'Print the flow JSON Schema, or write every schema file with --out <dir>',
    load: async () => (await import('./commands/schema')).runSchemaCommand,
  },
  test: {
    summary: 'Run flow tests (*.flowtest.json, folders, packs); print results and step and port coverage',
    load: async () => (await import('./commands/test')).runTestCommand,
  },
  export: {
    summary: 'Bundle flows into a sanitised pack: flowpack export <flows or folder>... [-o <file>] [--sign <key>]',
    load: async () => (await import('./commands/export')).runExportCommand,
  },
  unpack: {
    summary: 'Write the flows of a pack as flow files: flowpack unpack <pack> <folder>',
    load: async () => (await import('./commands/unpack')).runUnpackCommand,
  },
  plan: {
    summary: 'Preview importing a pack into a tenant: flowpack plan <pack> --catalog <snapshot.json>',
    load: async () => (await import('./commands/plan')).runPlanCommand,
  },
  inspect: {
    summary: 'Show a pack: manifest, flows, signature status, sanitisation summary',
    load: async () => (await import('./commands/inspect')).runInspectCommand,
  },
  keygen: {
    summary: 'Create a key pair for signing packs: flowpack keygen --name <author> [-o <file>]',
    load: async () => (await import('./commands/keygen')).runKeygenCommand,
  },
  catalog: {
    summary: 'Save a tenant\'s catalog for offline planning: flowpack catalog --tenant <url> -o <file>',
    load: async () => (await import('./commands/catalog')).runCatalogCommand,
  },
  status: {
    summary: 'Compare a folder with a tenant: flowpack status --tenant <url> [<folder>]',
    load: async () => (await import('./commands/status')).runStatusCommand,
  },
  push: {
    summary: 'Import a pack or flows into a tenant: flowpack push <pack|flows> --tenant <url> [--dry-run] [--yes]',
    load: async () => (await import('./commands/push')).runPushCommand,
  },
  pull: {
    summary: 'Write tenant flows into a folder: flowpack pull --tenant <url> (<ids>|--all) [-o <folder>]',
    load: async () => (await import('./commands/pull')).runPullCommand,
  },
  diff: {
    summary: 'What changed between two flows (files, packs): flowpack diff <before> <after> [--json]',
    load: async () => (await import('./commands/diff')).runDiffCommand,
  },
  stats: {
    summary: "A flow's live statistics on a tenant: flowpack stats <flow-id> --tenant <url>",
    load: async () => (await import('./commands/stats')).runStatsCommand,
  },
};

const HELP = `Usage: flowpack <command> [options]

Flowpack Studio on the command line: the same validation as the editor, for scripts and CI.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

Options:
  -h, --help     Show this help; "flowpack <command> --help" shows a command's options
  -v, --version  Show the version

Exit status: 0 success; 1 validate found errors, a test failed, diff found differences, or pull or
push refused (a change kept from being overwritten, a plan with errors: see the command's help);
2 usage error or unusable input.
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
    return await (await command.load())(args, output);
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
