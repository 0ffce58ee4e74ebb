import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderJsonSchemas } from '../json-schemas';
import { CommandError, EXIT_CODES } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeOutputFile } from '../output-file';
import { describeFileError } from '../file-errors';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The schema printed when no folder is given: the one most people validate against. */
const DEFAULT_SCHEMA_FILE = 'flow.schema.json';

/** The codes `flowpack schema` returns, printed in its help. */
export const SCHEMA_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'done'],
  [EXIT_CODES.failure, 'a usage error or a file could not be written'],
];

export const SCHEMA_HELP = `Usage: flowpack schema [--out <dir>]

Prints the JSON Schema of flow files (${DEFAULT_SCHEMA_FILE}), or writes every JSON
Schema file (flows, packs, workspaces, diagnostics) into a folder.

Options:
  -o, --out <dir>  Write all schema files into this folder (created if needed;
                   files of the same name are replaced)
  --json           With --out: print one JSON document, {folder, files: [path]}, in place
                   of the summary line (without --out the schema is JSON already)
  -h, --help       Show this help

${formatExitStatus(SCHEMA_EXIT_STATUS)}`;

/** The options `flowpack schema` parses; completion offers the same. */
export const SCHEMA_OPTIONS = { out: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack schema`: the JSON Schema files generated from the format's zod schemas. */
export async function runSchemaCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: SCHEMA_OPTIONS,
    strict: true,
  });
  if (values.help) {
    output.stdout(SCHEMA_HELP);
    return 0;
  }
  const schemas = renderJsonSchemas();
  if (values.out === undefined) {
    const flowSchema = schemas.find((schema) => schema.file === DEFAULT_SCHEMA_FILE);
    if (!flowSchema) throw new Error(`${DEFAULT_SCHEMA_FILE} is missing from renderJsonSchemas()`);
    output.stdout(flowSchema.text);
    return 0;
  }
  const folder = values.out;
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new CommandError(`${folder}: cannot create the folder: ${describeFileError(error)}`);
  }
  const files: string[] = [];
  for (const schema of schemas) {
    // Names come from our own table; basename keeps a slip there from writing outside the folder.
    const path = join(folder, basename(schema.file));
    await writeOutputFile(path, schema.text, { replace: true });
    files.push(path);
  }
  if (values.json) {
    output.stdout(`${JSON.stringify({ folder, files }, null, 2)}\n`);
    return 0;
  }
  output.stdout(`Wrote ${schemas.length} schema files to ${folder}\n`);
  return 0;
}

export const schemaCommand: CommandDefinition = { run: runSchemaCommand, options: SCHEMA_OPTIONS, exitStatus: SCHEMA_EXIT_STATUS };
