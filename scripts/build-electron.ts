// `npm run build:electron`: bundles the Electron main process and preload into out/electron/
// (package.json's "main" is out/electron/main.cjs).
import { fileURLToPath } from 'node:url';
import { buildElectronBundles } from './electron-bundles';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
await buildElectronBundles({ projectRoot, outDir: fileURLToPath(new URL('../out/electron', import.meta.url)) });
process.stdout.write('Built out/electron/main.cjs and out/electron/preload.cjs\n');
