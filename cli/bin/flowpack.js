#!/usr/bin/env node
// Launcher for `npx flowpack` and the package's "bin": the CLI is TypeScript, so tsx
// compiles it on the fly (cached between runs). The repository's own tsconfig is named
// so the CLI behaves the same whatever folder it is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('../main.ts');
