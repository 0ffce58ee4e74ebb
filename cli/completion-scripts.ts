import type { ParseArgsOptionsConfig } from './command-definition';

/** What completion knows of a command: the same summary and parseArgs options the CLI uses. */
export interface CompletedCommand {
  name: string;
  summary: string;
  options: ParseArgsOptionsConfig;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The completion script for `shell`, from the commands' own definitions. */
export function completionScript(shell: Shell, commands: readonly CompletedCommand[]): string {
  switch (shell) {
    case 'bash':
      return bashScript(commands);
    case 'zsh':
      return zshScript(commands);
    case 'fish':
      return fishScript(commands);
  }
}

/**
 * Options parsed only to be refused with a reason: `--token` is parsed so that a token typed on
 * the command line gets a clear refusal; completion must not suggest it.
 */
const REFUSED_OPTIONS = new Set(['token']);

/** The options a completion offers, in the command's order. */
function offered(options: ParseArgsOptionsConfig): [string, ParseArgsOptionsConfig[string]][] {
  return Object.entries(options).filter(([name]) => !REFUSED_OPTIONS.has(name));
}

/** Every spelling of a command's options: `--name`, and `-x` where it has a short one. */
function optionWords(options: ParseArgsOptionsConfig): string[] {
  return offered(options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]);
}

/** A word in single quotes for bash and zsh. */
function shellQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function bashScript(commands: readonly CompletedCommand[]): string {
  const names = commands.map((command) => command.name);
  const cases = commands.map((command) => `    ${command.name}) options=${shellQuoted(optionWords(command.options).join(' '))} ;;`);
  return `# flowpack completion for bash: source <(flowpack completion bash)
_flowpack() {
  local current=\${COMP_WORDS[COMP_CWORD]} command='' options='' index
  # The command is the first word that is not an option; options before it are flowpack's own.
  for ((index = 1; index < COMP_CWORD; index++)); do
    case \${COMP_WORDS[index]} in
      -*) ;;
      *) command=\${COMP_WORDS[index]}; break ;;
    esac
  done
  COMPREPLY=()
  if [[ -z $command ]]; then
    if [[ $current == -* ]]; then options='--help -h --version -v'; else options=${shellQuoted(['help', ...names].join(' '))}; fi
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$current")
    return 0
  fi
  if [[ $current != -* ]]; then
    # Arguments are files, offered by -o default, except where the command takes names.
    case $command in
      help) mapfile -t COMPREPLY < <(compgen -W ${shellQuoted(names.join(' '))} -- "$current") ;;
      completion) mapfile -t COMPREPLY < <(compgen -W ${shellQuoted(SHELLS.join(' '))} -- "$current") ;;
    esac
    return 0
  fi
  case $command in
${cases.join('\n')}
  esac
  mapfile -t COMPREPLY < <(compgen -W "$options" -- "$current")
}
complete -o default -F _flowpack flowpack
`;
}

function zshScript(commands: readonly CompletedCommand[]): string {
  const described = commands.map((command) => `    ${shellQuoted(`${command.name}:${command.summary}`)}`);
  const cases = commands.map((command) => {
    const specs = offered(command.options).flatMap(([name, option]) => {
      const repeat = option.multiple ? '*' : '';
      const value = option.type === 'string' ? ':value:_files' : '';
      return [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])].map((word) => shellQuoted(`${repeat}${word}${value}`));
    });
    const argument = command.name === 'completion' ? `'1:shell:(${SHELLS.join(' ')})'` : command.name === 'help' ? "'1:command:->commands'" : "'*:file:_files'";
    return `    ${command.name}) _arguments ${[...specs, argument].join(' ')} ;;`;
  });
  return `#compdef flowpack
# flowpack completion for zsh: source <(flowpack completion zsh), after compinit
_flowpack() {
  local -a commands
  commands=(
${described.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'flowpack command' commands
    return
  fi
  (( CURRENT-- )); shift words
  case $words[1] in
    help) _describe 'flowpack command' commands ;;
${cases.join('\n')}
  esac
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _flowpack "$@"
else
  compdef _flowpack flowpack
fi
`;
}

/** A word in single quotes for fish, where backslash and quote are escaped. */
function fishQuoted(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

function fishScript(commands: readonly CompletedCommand[]): string {
  const names = commands.map((command) => command.name).join(' ');
  const lines = [
    '# flowpack completion for fish: flowpack completion fish | source',
    'complete -c flowpack -n __fish_use_subcommand -s h -l help -d \'Show help\'',
    'complete -c flowpack -n __fish_use_subcommand -s v -l version -d \'Show the version\'',
    `complete -c flowpack -n __fish_use_subcommand -f -a help -d ${fishQuoted('Show the help of a command')}`,
    ...commands.map((command) => `complete -c flowpack -n __fish_use_subcommand -f -a ${command.name} -d ${fishQuoted(command.summary)}`),
    `complete -c flowpack -n '__fish_seen_subcommand_from help' -f -a ${fishQuoted(names)}`,
    `complete -c flowpack -n '__fish_seen_subcommand_from completion' -f -a ${fishQuoted(SHELLS.join(' '))}`,
  ];
  for (const command of commands) {
    for (const [name, option] of offered(command.options)) {
      const short = option.short === undefined ? '' : ` -s ${option.short}`;
      const value = option.type === 'string' ? ' -r' : '';
      lines.push(`complete -c flowpack -n '__fish_seen_subcommand_from ${command.name}'${short} -l ${name}${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
