import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli';

describe('flowpack usage', () => {
  it('is the package bin: an executable Node script', ({ expect }) => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(manifest.bin).toMatchObject({ flowpack: 'cli/bin/flowpack.js' });
    const launcher = join(REPO_ROOT, manifest.bin.flowpack);
    expect(readFileSync(launcher, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(launcher).mode & 0o111).toBe(0o111);
  });

  it.concurrent('--help lists the commands on stdout with exit 0', async ({ expect }) => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/^Usage: flowpack <command> \[options\]/);
    for (const command of ['validate', 'new', 'schema']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.concurrent('validate --help documents the output, the unreadable-file codes and the exit codes', async ({ expect }) => {
    const run = await runCli(['validate', '--help']);
    expect(run.stdout).toContain('path:line:column: severity CODE message (node "name" id)');
    expect(run.stdout).toContain('FILE_UNREADABLE');
    expect(run.stdout).toContain('JSON_INVALID');
    expect(run.stdout).toMatch(/^ {2}2 {2}a usage error, or a file could not be read or parsed/m);
    expect(run.code).toBe(0);
  });

  it.concurrent('--version prints the package version', async ({ expect }) => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const run = await runCli(['--version']);
    expect(run.stdout).toBe(`${manifest.version}\n`);
    expect(run.code).toBe(0);
  });

  it.concurrent('an unknown command is one line on stderr plus a usage hint, exit 2', async ({ expect }) => {
    const run = await runCli(['frobnicate']);
    // The list grows with each command; what matters is that it names them on the one line.
    expect(run.stderr).toMatch(/^flowpack: unknown command "frobnicate" \(commands: validate, new, schema(, [a-z]+)*\)\nRun "flowpack --help" for usage\.\n$/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.concurrent('an unknown option is one line on stderr plus the command usage hint, exit 2', async ({ expect }) => {
    const run = await runCli(['validate', '--strict', 'examples']);
    expect(run.stderr).toBe(`flowpack: unknown option '--strict'\nRun "flowpack validate --help" for usage.\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.concurrent('no command, or validate without a path, is a usage error, exit 2', async ({ expect }) => {
    const bare = await runCli([]);
    expect(bare.stderr).toBe('flowpack: missing command (validate, new or schema)\nRun "flowpack --help" for usage.\n');
    expect(bare.code).toBe(2);
    const noPath = await runCli(['validate', '--json']);
    expect(noPath.stderr).toBe('flowpack: validate needs at least one file or folder\nRun "flowpack validate --help" for usage.\n');
    expect(noPath.stdout).toBe('');
    expect(noPath.code).toBe(2);
  });

  it.concurrent('an option missing its value is a usage error, exit 2', async ({ expect }) => {
    const run = await runCli(['new', '--profile']);
    expect(run.stderr).toMatch(/^flowpack: option '--profile <value>' argument missing\nRun "flowpack new --help" for usage\.\n$/);
    expect(run.code).toBe(2);
  });
});
