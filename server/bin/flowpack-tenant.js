#!/usr/bin/env node
// Launcher for the `flowpack-tenant` command: the server is TypeScript, so tsx compiles it on
// the fly, with the repository's tsconfig whatever folder it is run from (as cli/bin/flowpack.js).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('../cli/main.ts');
