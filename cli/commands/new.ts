import { parseArgs } from 'node:util';
import { serializeFlow } from '../../shared/format/flow-file';
import { flowSchema } from '../../shared/format/flow-schema';
import { PROFILES, isProfile, kindsForProfile } from '../../shared/format/profiles';
import type { FlowKind } from '../../shared/format/profiles';
import { UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeOutputFile } from '../output-file';
import { quoted } from '../printable';
import { createFlow } from '../../shared/catalog/create-flow';

export const NEW_HELP = `Usage: flowpack new --profile <profile> --name <name> [--kind <kind>] [-o <file>] [--force]

Creates a flow that validates without errors: the profile's starting trigger and steps,
a new id, canonical JSON. Written to stdout, or to a file with -o.

Options:
  --profile <profile>  ${PROFILES.join(', ')}
  --name <name>        The flow's name (1 to 200 characters)
  --kind <kind>        customer (default) or reusable for contact-center; standard otherwise
  -o, --output <file>  Write the flow to this file (name it *.flow.json); an existing file
                       is never replaced unless --force is given
  --force              Replace an existing output file
  -h, --help           Show this help

Exit status: 0 written, 2 usage error or the file could not be written.
`;

/** `flowpack new`: writes a valid starting flow. */
export async function runNewCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      profile: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    output.stdout(NEW_HELP);
    return 0;
  }
  const profile = values.profile;
  if (profile === undefined) throw new UsageError(`new needs --profile (one of: ${PROFILES.join(', ')})`, 'new');
  if (!isProfile(profile)) throw new UsageError(`unknown profile ${quoted(profile)}; choose one of: ${PROFILES.join(', ')}`, 'new');
  const allowedKinds = kindsForProfile(profile);
  const kind = values.kind;
  if (kind !== undefined && !(allowedKinds as readonly string[]).includes(kind)) {
    throw new UsageError(`the ${profile} profile does not allow --kind ${quoted(kind)}; choose one of: ${allowedKinds.join(', ')}`, 'new');
  }
  if (values.name === undefined) throw new UsageError('new needs --name', 'new');
  const name = flowSchema.shape.name.safeParse(values.name);
  if (!name.success) throw new UsageError(`--name must be 1 to 200 characters long`, 'new');

  const flow = createFlow({ profile, name: name.data, ...(kind === undefined ? {} : { kind: kind as FlowKind }) });
  const text = serializeFlow(flow);
  if (values.output === undefined) {
    output.stdout(text);
    return 0;
  }
  await writeOutputFile(values.output, text, { replace: values.force === true });
  output.stdout(`Created ${values.output} (${profile} flow ${quoted(flow.name)}, id ${flow.id})\n`);
  return 0;
}
