// `npm start`: builds, then opens the desktop app, or the browser host where Electron cannot
// run (see start-app.ts). This file only hands over to TypeScript through tsx.
import { tsImport } from 'tsx/esm/api';

const { runStart } = await tsImport('./start-app.ts', import.meta.url);
process.exitCode = await runStart(process.argv.slice(2));
