import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { COMMANDS } from '../../cli/command-list';
import { makeTempFolder, runCli } from './run-cli';

const COMMAND_NAMES = Object.keys(COMMANDS);

function installed(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

describe('flowpack completion bash, in a real bash', () => {
  const temp = makeTempFolder();
  let script = '';
  beforeAll(async () => {
    const run = await runCli(['completion', 'bash']);
    if (run.code !== 0) throw new Error(run.stderr);
    script = join(temp.path, 'flowpack.bash');
    writeFileSync(script, run.stdout);
  });
  afterAll(() => temp.remove());

  /** What the completion function offers for the words typed so far, the last being completed. */
  function complete(...words: string[]): string[] {
    const driver = [
      'source "$1"',
      // The function bash registered for flowpack, found as bash itself would find it.
      'function_name=$(complete -p flowpack | sed -E "s/.* -F ([^ ]+) .*/\\1/")',
      'shift',
      'COMP_WORDS=(flowpack "$@")',
      'COMP_CWORD=$#',
      '"$function_name"',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const stdout = execFileSync('bash', ['--norc', '--noprofile', '-c', driver, 'bash', script, ...words], { encoding: 'utf8' });
    return stdout.split('\n').filter((line) => line !== '');
  }

  it('is registered for flowpack, falling back to file names', ({ expect }) => {
    const registered = execFileSync('bash', ['--norc', '--noprofile', '-c', 'source "$1"; complete -p flowpack', 'bash', script], { encoding: 'utf8' });
    expect(registered).toMatch(/^complete -o default -F \S+ flowpack$/m);
  });

  it('offers validate for "flowpack val"', ({ expect }) => {
    expect(complete('val')).toEqual(['validate']);
  });

  it('offers every command, and help, for an empty word', ({ expect }) => {
    expect(complete('').sort()).toEqual(['help', ...COMMAND_NAMES].sort());
  });

  it("offers a command's own options, the ones it parses", async ({ expect }) => {
    expect(complete('validate', '--m')).toEqual(['--max-size']);
    expect(complete('push', '--dry')).toEqual(['--dry-run']);
    // Global options before the command do not hide it.
    expect(complete('--help', 'export', '--si')).toEqual(['--sign']);
    for (const name of COMMAND_NAMES) {
      const options = Object.keys((await COMMANDS[name]!.load()).options).filter((option) => option !== 'token');
      expect(complete(name, '--').sort(), name).toEqual(options.map((option) => `--${option}`).sort());
    }
  });

  it('never suggests --token, which is refused so that tokens stay off the command line', ({ expect }) => {
    expect(complete('push', '--tok')).toEqual(['--token-file']);
  });

  it('offers the shells after completion, and commands after help', ({ expect }) => {
    expect(complete('completion', 'f')).toEqual(['fish']);
    expect(complete('help', 'pu')).toEqual(['push', 'pull']);
  });
});

describe.each(['zsh', 'fish'])('flowpack completion %s', (shell) => {
  it.concurrent('names every command and each of its options', async ({ expect }) => {
    const run = await runCli(['completion', shell]);
    expect(run.code).toBe(0);
    for (const name of COMMAND_NAMES) {
      expect(run.stdout).toMatch(new RegExp(shell === 'zsh' ? `^ {4}'${name}:` : `-a ${name} -d `, 'm'));
      const definition = await COMMANDS[name]!.load();
      for (const option of Object.keys(definition.options).filter((option) => option !== 'token')) {
        const line = shell === 'zsh' ? `^ {4}${name}\\) _arguments .*'\\*?--${option}[:']` : `^complete .*'__fish_seen_subcommand_from ${name}'.* -l ${option}( |$)`;
        expect(run.stdout).toMatch(new RegExp(line, 'm'));
      }
    }
  });

  it.runIf(installed(shell))(`is a script ${shell} reads without error (runs only where ${shell} is installed)`, async ({ expect }) => {
    const run = await runCli(['completion', shell]);
    const check = shell === 'zsh' ? spawnSync('zsh', ['-n'], { input: run.stdout }) : spawnSync('fish', ['--no-execute'], { input: run.stdout });
    expect(check.stderr.toString()).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('flowpack completion usage', () => {
  it.concurrent('without a shell, or with an unknown one, is a usage error, exit 2', async ({ expect }) => {
    const none = await runCli(['completion']);
    expect(none.stderr).toBe('flowpack: completion needs one shell: bash, zsh, fish\nRun "flowpack completion --help" for usage.\n');
    expect(none.code).toBe(2);
    const unknown = await runCli(['completion', 'tcsh']);
    expect(unknown.stderr).toMatch(/^flowpack: no completion for "tcsh"/);
    expect(unknown.code).toBe(2);
  });
});
