/** What `npm start -- [--workspace <dir>] [other options]` asked for. */
export interface StartArguments {
  /** The workspace folder, as given (relative to where npm start runs). */
  workspace: string | undefined;
  /** Everything else, passed on unchanged to the desktop app or the browser host (`--port 8080`). */
  passThrough: string[];
}

/** Reads `--workspace <dir>` or `--workspace=<dir>` out of the arguments; the rest passes through. */
export function parseStartArguments(argv: readonly string[]): StartArguments {
  let workspace: string | undefined;
  const passThrough: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--workspace' && argv[index + 1] !== undefined) {
      workspace = argv[index + 1];
      index++;
    } else if (argument.startsWith('--workspace=')) workspace = argument.slice('--workspace='.length);
    else passThrough.push(argument);
  }
  return { workspace: workspace === '' ? undefined : workspace, passThrough };
}
