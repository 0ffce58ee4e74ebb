import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildCliPackage, CLI_NODE_ENGINES, CLI_PACKAGE_NAME, packCliPackage } from '../../scripts/cli-package';
import { HANG_GUARD_MS } from '../hang-guard';
import { makeTempFolder, REPO_ROOT } from './run-cli';
import type { CliRun } from './run-cli';

// The CLI for CI machines: built as its own package, packed, installed with `npm install -g` into a
// fresh prefix with the network off, and run from there, far from the repository's node_modules.

/** What the editor and the tenant server need and a CI machine running the CLI must not install. */
const NOT_FOR_THE_CLI = ['electron', 'react', 'react-dom', '@xyflow/react', 'fastify', '@fastify/rate-limit', 'pg', 'pg-boss', 'drizzle-orm', '@electric-sql/pglite', 'tsx'];

const temp = makeTempFolder();
const prefix = join(temp.path, 'prefix');
const installed = join(prefix, 'lib', 'node_modules', CLI_PACKAGE_NAME);

beforeAll(async () => {
  const packageDir = join(temp.path, 'package');
  await buildCliPackage({ projectRoot: REPO_ROOT, outDir: packageDir });
  const cache = join(temp.path, 'npm-cache');
  const tarball = await packCliPackage(packageDir, join(temp.path, 'packed'), cache);
  await promisify(execFile)(
    'npm',
    ['install', '--global', '--prefix', prefix, tarball, '--offline', '--cache', cache, '--no-audit', '--no-fund'],
    { encoding: 'utf8', timeout: HANG_GUARD_MS },
  );
}, HANG_GUARD_MS);

afterAll(() => temp.remove());

/** Runs the installed `<prefix>/bin/flowpack`, found through its shebang like a shell would. */
function runInstalled(args: readonly string[], cwd = REPO_ROOT): Promise<CliRun> {
  const path = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  return new Promise((done, fail) => {
    execFile(
      join(prefix, 'bin', 'flowpack'),
      args,
      { cwd, encoding: 'utf8', timeout: HANG_GUARD_MS, env: { ...process.env, PATH: path, FLOWPACK_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : undefined;
        if (code === undefined) fail(error);
        else done({ code, stdout, stderr });
      },
    );
  });
}

/** Every JavaScript file of the installed package, with its text. */
function installedScripts(): { file: string; text: string }[] {
  return readdirSync(installed, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, text: readFileSync(join(installed, file), 'utf8') }));
}

describe('the standalone CLI package', () => {
  it('installs offline as one package with no dependencies of its own', ({ expect }) => {
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    // Its own engines, not the repository's: it brings no Node, so it names the Node lines it runs on.
    expect(manifest).toMatchObject({ name: CLI_PACKAGE_NAME, version: root.version, engines: { node: CLI_NODE_ENGINES }, bin: { flowpack: 'bin/flowpack.js' } });
    expect(manifest.engines).not.toEqual(root.engines);
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual([CLI_PACKAGE_NAME]);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(join(installed, 'README.md'))).toBe(true);
  });

  it('imports nothing but Node built-ins and its own files, and carries none of the editor or server libraries', ({ expect }) => {
    const scripts = installedScripts();
    expect(scripts.length).toBeGreaterThan(1);
    const specifiers = scripts.flatMap(({ text }) => [
      ...[...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["'];?\s*$/gm)].map((match) => match[1]!),
      ...[...text.matchAll(/^\s*import\s*["']([^"']+)["'];?\s*$/gm)].map((match) => match[1]!),
      ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!),
    ]);
    expect(specifiers).toContain('node:fs');
    expect(specifiers.filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('./') && !specifier.startsWith('../'))).toEqual([]);
    // The unminified bundle names each module it holds (`// node_modules/zod/...`).
    const bundled = new Set(scripts.flatMap(({ text }) => [...text.matchAll(/^\/\/ .*node_modules\/((?:@[^/]+\/)?[^/\s]+)\//gm)].map((match) => match[1]!)));
    expect(bundled).toContain('zod');
    for (const name of NOT_FOR_THE_CLI) expect(bundled, name).not.toContain(name);
  });

  it('--help lists the commands and --version prints the project version', async ({ expect }) => {
    const help = await runInstalled(['--help']);
    expect(help.stdout).toMatch(/^Usage: flowpack <command> \[options\]/);
    for (const command of ['validate', 'export', 'push', 'diff']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.code).toBe(0);
    const version = await runInstalled(['--version']);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(version.code).toBe(0);
  });

  it('validate passes the examples and fails a flow with an error, exit 1', async ({ expect }) => {
    const examples = await runInstalled(['validate', 'examples/']);
    expect(examples.stdout).toMatch(/\d+ files: 0 errors/);
    expect(examples.stderr).toBe('');
    expect(examples.code).toBe(0);
    const broken = await runInstalled(['validate', 'test/fixtures/diagnostics/CONFIG_REQUIRED.flow.json']);
    expect(broken.stdout).toContain('error CONFIG_REQUIRED');
    expect(broken.code).toBe(1);
  });

  it('creates a flow from a built-in template in another language, which validates', async ({ expect }) => {
    const created = await runInstalled(['new', '--template', 'journeys/abandoned-cart', '--lang', 'pt-BR', '-o', 'carrinho.flow.json'], temp.path);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const checked = await runInstalled(['validate', join(temp.path, 'carrinho.flow.json')], temp.path);
    expect(checked.code).toBe(0);
  });

  it('writes the same JSON Schema files as the repository ships in schema/', async ({ expect }) => {
    const out = join(temp.path, 'schema');
    const written = await runInstalled(['schema', '--out', out]);
    expect(written.code).toBe(0);
    const shipped = readdirSync(join(REPO_ROOT, 'schema')).sort();
    expect(readdirSync(out).sort()).toEqual(shipped);
    for (const file of shipped) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(REPO_ROOT, 'schema', file), 'utf8'));
  });

  it('exports a pack that records the project version as its generator', async ({ expect }) => {
    const pack = join(temp.path, 'journeys.flowpack');
    const exported = await runInstalled(['export', 'examples/journeys', '-o', pack]);
    expect(exported.code).toBe(0);
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(JSON.parse(readFileSync(pack, 'utf8')).manifest.generator).toBe(`flowpack-studio/${root.version}`);
  });
});
