import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { EXIT_CODES } from '../../cli/cli-error';
import { COMMANDS } from '../../cli/command-list';
import { REPO_ROOT, runCli } from './run-cli';

const KNOWN_CODES = new Set<number>(Object.values(EXIT_CODES));
const CODE_BY_NAME = new Map<string, number>(Object.entries(EXIT_CODES));

/** The codes an "Exit status:" section lists, read from the help text as a user reads it. */
function listedCodes(help: string): number[] {
  const section = help.slice(help.indexOf('\nExit status:\n'));
  return [...section.matchAll(/^ {2}(\d+) {2}\S/gm)].map((match) => Number(match[1]));
}

/** The codes a command's source returns or fails with: `EXIT_CODES.name` outside its table, and literal `return N`. */
function codesInSource(name: string): number[] {
  const source = readFileSync(join(REPO_ROOT, 'cli/commands', `${name}.ts`), 'utf8').replace(/_EXIT_STATUS: ExitStatusTable = \[[\s\S]*?\n\];/, '');
  const named = [...source.matchAll(/EXIT_CODES\.(\w+)/g)].map((match) => CODE_BY_NAME.get(match[1]!) ?? -1);
  const literal = [...source.matchAll(/return (\d+);/g)].map((match) => Number(match[1]));
  return [...named, ...literal];
}

describe('each command documents its exit codes in its --help', () => {
  it.concurrent.for(Object.keys(COMMANDS))('flowpack %s --help lists the codes of its one table, all known codes', async (name, { expect }) => {
    const definition = await COMMANDS[name]!.load();
    const tableCodes = definition.exitStatus.map(([code]) => code);
    expect(new Set(tableCodes).size).toBe(tableCodes.length);
    for (const code of tableCodes) expect(KNOWN_CODES).toContain(code);
    // A wrong call is a usage error for every command.
    expect(tableCodes).toContain(EXIT_CODES.ok);
    expect(tableCodes).toContain(EXIT_CODES.failure);

    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(listedCodes(run.stdout)).toEqual(tableCodes);
    for (const [code, meaning] of definition.exitStatus) {
      // The meaning as printed, wrapped over lines.
      const printed = run.stdout.slice(run.stdout.indexOf(`\n  ${code}  `)).replace(/\s+/g, ' ');
      expect(printed).toContain(` ${code} ${meaning}`);
    }
  });

  it.concurrent.for(Object.keys(COMMANDS))('flowpack %s returns only codes its help lists', async (name, { expect }) => {
    const definition = await COMMANDS[name]!.load();
    const listed = definition.exitStatus.map(([code]) => code);
    for (const code of codesInSource(name)) expect(listed).toContain(code);
  });

  it.concurrent('the top-level help says what each code means in general and sends to each command\'s --help', async ({ expect }) => {
    const run = await runCli(['--help']);
    expect(listedCodes(run.stdout)).toEqual([0, 1, 2]);
    // 1 is no longer validate's alone: push, plan, diff and test use it too.
    expect(run.stdout).not.toMatch(/^ {2}1 {2}validate found errors$/m);
    expect(run.stdout).toContain("Each command's --help lists what its own codes mean");
  });
});
