// `npm start`. The desktop editor is not built yet; say so plainly instead of pretending.
process.stderr.write(
  [
    'Flowpack Studio: the desktop editor is not part of this build yet.',
    'What works today is the command line: `npx flowpack validate examples/` checks flows, `npx flowpack --help` lists the commands.',
    '',
  ].join('\n'),
);
process.exitCode = 1;
