import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

/** The name the standalone CLI is published and installed under. */
export const CLI_PACKAGE_NAME = 'flowpack-cli';

/** Where a build reads and writes. */
export interface CliPackagePaths {
  /** The repository root (holds cli/ and package.json). */
  projectRoot: string;
  /** The package folder to (re)create, normally out/cli-package. */
  outDir: string;
}

interface RootManifest {
  version: string;
  license?: string;
}

/**
 * The Node versions the standalone CLI runs on. Not the repository's `engines`: the repository
 * brings its own Node through npm (node-<platform>-<arch>), while this package brings none and runs
 * on whatever Node a CI machine has. So it names the oldest Node release line still maintained
 * (22 is maintained until April 2027; raise this when it is not), and the bundle is built for it.
 */
export const CLI_NODE_ENGINES = '>=22.12';

/**
 * The CLI as a package that needs nothing but Node: every library it uses (zod, the signature and
 * diff libraries...) is bundled in, so `npm install -g` of it fetches nothing and brings none of
 * the editor's or the tenant server's dependencies. Commands stay separate chunks, loaded when
 * run, so `--help` and a typo still never load the validator.
 */
export function cliBundleOptions({ projectRoot, outDir }: CliPackagePaths, nodeTarget: string): BuildOptions {
  return {
    entryPoints: { main: join(projectRoot, 'cli', 'main.ts') },
    outdir: join(outDir, 'dist'),
    absWorkingDir: projectRoot,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: nodeTarget,
    // Packages' ESM builds first: some CommonJS builds are UMD wrappers that require their own
    // files at run time, which a bundle cannot hold (jsonc-parser's is).
    mainFields: ['module', 'main'],
    // A bundled CommonJS module that calls `require` (for a Node built-in) finds one: an ES module
    // has none, and esbuild's stand-in would throw when it is called.
    banner: { js: "import { createRequire as __flowpackCreateRequire } from 'node:module';\nconst require = __flowpackCreateRequire(import.meta.url);" },
    // Unminified: a stack trace from FLOWPACK_DEBUG=1 stays readable, and each bundled module
    // keeps the comment naming its package, which the package's test reads.
    minify: false,
    logLevel: 'warning',
  };
}

/**
 * The oldest Node that an `engines` range names (`>=22.12`, or a range such as
 * `^22.12 || >=24`): the bundle's target, so it runs on every Node the package supports.
 */
export function oldestNodeOf(engines: string | undefined): string {
  const versions = [...(engines ?? '').matchAll(/\d+(?:\.\d+){0,2}/g)].map((match) => match[0]);
  const oldest = versions.sort((a, b) => compareVersions(a, b))[0];
  if (oldest === undefined) throw new Error(`engines.node names no Node version: ${JSON.stringify(engines)}`);
  return oldest;
}

function compareVersions(a: string, b: string): number {
  const [left, right] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The package's own manifest: the root's version, the CLI's own engines, a `flowpack` command, no dependencies. */
export function cliPackageManifest(root: RootManifest): Record<string, unknown> {
  return {
    name: CLI_PACKAGE_NAME,
    version: root.version,
    description: 'The flowpack command of Flowpack Studio on its own: validate, test, export and push automation flows from scripts and CI.',
    type: 'module',
    bin: { flowpack: 'bin/flowpack.js' },
    files: ['bin', 'dist'],
    engines: { node: CLI_NODE_ENGINES },
    license: root.license ?? 'UNLICENSED',
  };
}

/**
 * The command's file: a stable name for npm's `bin` link in front of the hashed chunk names. It
 * checks Node's version first, in syntax Node 14 already parses, so an older Node gets one clear line
 * instead of a syntax error from the bundle.
 */
export function launcherSource(oldestNode: string): string {
  return `#!/usr/bin/env node
const oldest = ${JSON.stringify(oldestNode)}.split('.').map(Number);
const running = process.versions.node.split('.').map(Number);
const index = oldest.findIndex((part, i) => (running[i] || 0) !== part);
if (index >= 0 && (running[index] || 0) < oldest[index]) {
  process.stderr.write('flowpack: needs Node ${oldestNode} or later; this is Node ' + process.versions.node + '\\n');
  process.exit(2);
}
await import('../dist/main.js');
`;
}

/** Builds the standalone CLI package into `outDir` (emptied first) and returns its manifest. */
export async function buildCliPackage(paths: CliPackagePaths): Promise<Record<string, unknown>> {
  const root = JSON.parse(readFileSync(join(paths.projectRoot, 'package.json'), 'utf8')) as RootManifest;
  rmSync(paths.outDir, { recursive: true, force: true });
  mkdirSync(join(paths.outDir, 'bin'), { recursive: true });
  const oldestNode = oldestNodeOf(CLI_NODE_ENGINES);
  await build(cliBundleOptions(paths, `node${oldestNode}`));
  writeFileSync(join(paths.outDir, 'bin', 'flowpack.js'), launcherSource(oldestNode), { mode: 0o755 });
  const manifest = cliPackageManifest(root);
  writeFileSync(join(paths.outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(join(paths.projectRoot, 'scripts', 'cli-package-readme.md'), join(paths.outDir, 'README.md'));
  const license = join(paths.projectRoot, 'LICENSE');
  if (existsSync(license)) copyFileSync(license, join(paths.outDir, 'LICENSE'));
  return manifest;
}

/**
 * `npm pack`s the package folder into `destination` and returns the tarball's path. The cache is
 * the caller's to choose, so a test never shares the user's.
 */
export async function packCliPackage(packageDir: string, destination: string, npmCache?: string): Promise<string> {
  mkdirSync(destination, { recursive: true });
  const cache = npmCache === undefined ? [] : ['--cache', npmCache];
  const { stdout } = await promisify(execFile)(
    'npm',
    ['pack', packageDir, '--pack-destination', destination, '--json', '--offline', ...cache],
    { encoding: 'utf8' },
  );
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (!packed) throw new Error(`npm pack printed no tarball: ${stdout}`);
  return join(destination, packed.filename);
}
