import { join } from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

/** Where a build reads and writes. */
export interface ElectronBundlePaths {
  /** The repository root (holds electron/). */
  projectRoot: string;
  /** The output folder, normally out/electron. */
  outDir: string;
}

/**
 * The main process bundle: everything in one CommonJS file for Electron's Node, `electron`
 * itself left to the runtime. Packages' ESM builds come first (`mainFields`): some CommonJS
 * builds are UMD wrappers that require their own files at run time, which a bundle cannot
 * hold (jsonc-parser's is). Bundled modules written as ESM may read `import.meta.url`, which
 * CommonJS does not have, so it is defined from the bundle's own file name.
 */
export function mainBundleOptions({ projectRoot, outDir }: ElectronBundlePaths): BuildOptions {
  return {
    entryPoints: [join(projectRoot, 'electron', 'main', 'main.ts')],
    outfile: join(outDir, 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    mainFields: ['module', 'main'],
    external: ['electron'],
    define: { 'import.meta.url': '__flowpackImportMetaUrl' },
    banner: { js: "const __flowpackImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    sourcemap: true,
    logLevel: 'warning',
  };
}

/**
 * The preload bundle. A sandboxed preload can `require` only `electron` and a few polyfilled
 * modules, so everything else is bundled in, and the platform is the browser: an import of a
 * Node built-in fails the build instead of failing in the window.
 */
export function preloadBundleOptions({ projectRoot, outDir }: ElectronBundlePaths): BuildOptions {
  return {
    entryPoints: [join(projectRoot, 'electron', 'preload', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  };
}

/** Builds out/electron/main.cjs and out/electron/preload.cjs. */
export async function buildElectronBundles(paths: ElectronBundlePaths): Promise<void> {
  await Promise.all([build(mainBundleOptions(paths)), build(preloadBundleOptions(paths))]);
}
