import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launcherSource, oldestNodeOf } from '../../scripts/cli-package';
import { makeTempFolder } from './run-cli';
import type { CliRun } from './run-cli';

describe('the standalone CLI is built for the oldest Node its package supports', () => {
  it.each([
    ['>=20.19', '20.19'],
    ['>= 22', '22'],
    ['^20.19 || >=22.12.0', '20.19'],
    ['>=22.12.0 <25', '22.12.0'],
  ])('engines %s means Node %s', (engines, oldest) => {
    expect(oldestNodeOf(engines)).toBe(oldest);
  });

  it('refuses engines that name no version', () => {
    expect(() => oldestNodeOf('*')).toThrow(/names no Node version/);
    expect(() => oldestNodeOf(undefined)).toThrow(/names no Node version/);
  });
});

describe('the standalone CLI launcher', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());

  /** A package whose bundle only says it ran, started through a launcher for `oldestNode`. */
  function runLauncher(name: string, oldestNode: string): Promise<CliRun> {
    const root = join(temp.path, name);
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(root, 'dist', 'main.js'), "process.stdout.write('ran\\n');\n");
    writeFileSync(join(root, 'bin', 'flowpack.js'), launcherSource(oldestNode));
    return new Promise((done) => {
      execFile(process.execPath, [join(root, 'bin', 'flowpack.js')], { encoding: 'utf8' }, (error, stdout, stderr) =>
        done({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
      );
    });
  }

  it('runs the CLI on a Node as new as the oldest supported or newer', async () => {
    const [major, minor] = process.versions.node.split('.');
    for (const oldest of [process.versions.node, `${major}.${minor}`, `${major}`, `${Number(major) - 1}.99`]) {
      expect(await runLauncher(`same-${oldest}`, oldest), oldest).toEqual({ code: 0, stdout: 'ran\n', stderr: '' });
    }
  });

  it('refuses an older Node with one line naming both versions, exit 2, without loading the bundle', async () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    for (const oldest of [`${major! + 1}`, `${major}.${minor! + 1}`]) {
      const run = await runLauncher(`newer-${oldest}`, oldest);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `flowpack: needs Node ${oldest} or later; this is Node ${process.versions.node}\n` });
    }
  });
});
