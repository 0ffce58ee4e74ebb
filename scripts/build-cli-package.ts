// `npm run build:cli`: the flowpack command as a package of its own, for CI machines that need the
// CLI and not the editor: out/cli-package/ and its tarball beside it (out/flowpack-cli-<version>.tgz),
// which `npm install -g out/flowpack-cli-<version>.tgz` installs offline.
import { fileURLToPath } from 'node:url';
import { buildCliPackage, packCliPackage } from './cli-package';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../out/cli-package', import.meta.url));
await buildCliPackage({ projectRoot, outDir });
const tarball = await packCliPackage(outDir, fileURLToPath(new URL('../out', import.meta.url)));
process.stdout.write(`Built out/cli-package/ and ${tarball}\nInstall it with: npm install -g ${tarball}\n`);
