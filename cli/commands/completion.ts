import { parseArgs } from 'node:util';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';
import { COMMANDS } from '../command-list';
import { completionScript, SHELLS } from '../completion-scripts';
import type { Shell } from '../completion-scripts';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import { printable } from '../printable';

/** The codes `flowpack completion` returns, printed in its help. */
export const COMPLETION_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'printed'],
  [EXIT_CODES.failure, 'a usage error (no shell, or one not supported)'],
];

export const COMPLETION_HELP = `Usage: flowpack completion bash|zsh|fish

Prints a script that completes flowpack's commands and each command's options in your
shell. Load it from the shell's start-up file:
  bash  source <(flowpack completion bash)                     (~/.bashrc)
  zsh   source <(flowpack completion zsh)                      (~/.zshrc, after compinit)
  fish  flowpack completion fish > ~/.config/fish/completions/flowpack.fish

Options:
  -h, --help   Show this help

${formatExitStatus(COMPLETION_EXIT_STATUS)}`;

/** The options `flowpack completion` parses; completion offers the same. */
export const COMPLETION_OPTIONS = { help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack completion <shell>`: the completion script, from the commands' own definitions. */
export async function runCompletionCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: COMPLETION_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    output.stdout(COMPLETION_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`completion needs one shell: ${SHELLS.join(', ')}`, 'completion');
  const shell = positionals[0]!;
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`no completion for "${printable(shell)}"; choose one of: ${SHELLS.join(', ')}`, 'completion');
  const commands = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, command]) => ({ name, summary: command.summary, options: (await command.load()).options })),
  );
  output.stdout(completionScript(shell as Shell, commands));
  return EXIT_CODES.ok;
}

export const completionCommand: CommandDefinition = { run: runCompletionCommand, options: COMPLETION_OPTIONS, exitStatus: COMPLETION_EXIT_STATUS };
