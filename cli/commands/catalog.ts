import { parseArgs } from 'node:util';
import { canonicalStringify } from '../../shared/format/canonical-json';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeOutputFile } from '../output-file';
import { printable } from '../printable';
import { TENANT_OPTIONS, TENANT_OPTIONS_HELP, tenantClientFrom, tenantFailure } from '../tenant-access';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack catalog` returns, printed in its help. */
export const CATALOG_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'saved'],
  [EXIT_CODES.failure, 'a usage error, the tenant refused or could not be reached, or the file could not be written'],
];

export const CATALOG_HELP = `Usage: flowpack catalog --tenant <url> -o <file> [--force]

Saves the tenant's catalog (its profile and limits, its entities with ids and names, its flows)
as a snapshot file, to plan imports offline with "flowpack plan <pack> --catalog <file>".
Reads only; the snapshot holds no secrets.

Options:
${TENANT_OPTIONS_HELP}
  -o, --output <file>   Where to write the snapshot
  --force               Replace an existing file
  --json                Print one JSON document: {path, tenant: {name, profile}, entities:
                        <count>, flows: <count>}
  -h, --help            Show this help

${formatExitStatus(CATALOG_EXIT_STATUS)}`;

/** The options `flowpack catalog` parses; completion offers the same. */
export const CATALOG_OPTIONS = { ...TENANT_OPTIONS, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** `flowpack catalog`: saves a tenant's catalog snapshot for offline planning. */
export async function runCatalogCommand(args: string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: CATALOG_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    output.stdout(CATALOG_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${printable(positionals[0]!)}`, 'catalog');
  if (values.output === undefined) throw new UsageError('catalog needs -o <file>', 'catalog');
  const client = tenantClientFrom(values, 'catalog', output);
  const snapshot = await client.call('getCatalog').then(
    (result) => result.data,
    (error: unknown) => {
      throw tenantFailure(error);
    },
  );
  await writeOutputFile(values.output, `${canonicalStringify(snapshot)}\n`, { replace: values.force === true });
  const { entities, flows, tenant } = snapshot;
  const entityCount = Object.values(entities).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
  if (values.json) {
    const summary = { path: values.output, tenant: { name: tenant.name, profile: tenant.profile }, entities: entityCount, flows: flows.length };
    output.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  output.stdout(`Saved the catalog of ${printable(tenant.name)} (${tenant.profile}): ${entityCount} entities, ${flows.length} flows -> ${printable(values.output)}\n`);
  return EXIT_CODES.ok;
}

export const catalogCommand: CommandDefinition = { run: runCatalogCommand, options: CATALOG_OPTIONS, exitStatus: CATALOG_EXIT_STATUS };
