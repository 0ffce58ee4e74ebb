import { parseArgs } from 'node:util';
import { copyOfFlow } from '../../shared/format/copy-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import { flowSchema } from '../../shared/format/flow-schema';
import type { Flow } from '../../shared/format/flow-schema';
import { PROFILES, isProfile, kindsForProfile } from '../../shared/format/profiles';
import type { FlowKind } from '../../shared/format/profiles';
import { LOCALES, matchLocale } from '../../shared/locales/locales';
import type { Locale } from '../../shared/locales/locales';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { templateIn } from '../../shared/templates/templates-in-language';
import { EXIT_CODES, UsageError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { writeOutputFile } from '../output-file';
import { quoted } from '../printable';
import { createFlow } from '../../shared/catalog/create-flow';
import { formatExitStatus } from '../exit-status';
import type { ExitStatusTable } from '../exit-status';
import type { CommandDefinition, ParseArgsOptionsConfig } from '../command-definition';

/** The codes `flowpack new` returns, printed in its help. */
export const NEW_EXIT_STATUS: ExitStatusTable = [
  [EXIT_CODES.ok, 'written'],
  [EXIT_CODES.failure, 'a usage error or the file could not be written'],
];

export const NEW_HELP = `Usage: flowpack new --profile <profile> --name <name> [--kind <kind>] [-o <file>] [--force]
       flowpack new --template <id> [--lang <language>] [--name <name>] [-o <file>] [--force]

Creates a flow that validates without errors, with a new id, as canonical JSON: the profile's
starting trigger and steps, or a copy of a built-in template. Written to stdout, or to a file
with -o.

Options:
  --profile <profile>  ${PROFILES.join(', ')}
  --name <name>        The flow's name (1 to 200 characters); a template's own name when omitted
  --kind <kind>        customer (default) or reusable for contact-center; standard otherwise
  --template <id>      Start from a built-in template (its profile and kind come with it):
${BUILTIN_TEMPLATES.map((template) => `                         ${template.id}`).join('\n')}
  --lang <language>    The template's language: its name, description, step names and the
                       messages its steps send (${LOCALES.join(', ')}; default en)
  -o, --output <file>  Write the flow to this file (name it *.flow.json); an existing file
                       is never replaced unless --force is given
  --force              Replace an existing output file
  --json               With -o: print one JSON document, {path, id, name, profile, kind},
                       in place of the summary line (without -o the flow is JSON already)
  -h, --help           Show this help

${formatExitStatus(NEW_EXIT_STATUS)}`;

/** The options `flowpack new` parses; completion offers the same. */
export const NEW_OPTIONS = {
  profile: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  template: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** `flowpack new`: writes a valid starting flow, blank or from a built-in template. */
export async function runNewCommand(args: string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: NEW_OPTIONS,
    strict: true,
  });
  if (values.help) {
    output.stdout(NEW_HELP);
    return 0;
  }
  const name = values.name === undefined ? undefined : flowSchema.shape.name.safeParse(values.name);
  if (name && !name.success) throw new UsageError(`--name must be 1 to 200 characters long`, 'new');
  const flow =
    values.template === undefined
      ? blankFlow(values.profile, values.kind, values.lang, name?.data)
      : templateFlow(values.template, values.profile, values.kind, values.lang, name?.data);

  const text = serializeFlow(flow);
  if (values.output === undefined) {
    output.stdout(text);
    return 0;
  }
  await writeOutputFile(values.output, text, { replace: values.force === true });
  if (values.json) {
    output.stdout(`${JSON.stringify({ path: values.output, id: flow.id, name: flow.name, profile: flow.profile, kind: flow.kind }, null, 2)}\n`);
    return 0;
  }
  output.stdout(`Created ${values.output} (${flow.profile} flow ${quoted(flow.name)}, id ${flow.id})\n`);
  return 0;
}

function blankFlow(profile: string | undefined, kind: string | undefined, lang: string | undefined, name: string | undefined): Flow {
  if (profile === undefined) throw new UsageError(`new needs --profile (one of: ${PROFILES.join(', ')}) or --template`, 'new');
  if (!isProfile(profile)) throw new UsageError(`unknown profile ${quoted(profile)}; choose one of: ${PROFILES.join(', ')}`, 'new');
  // A blank flow's starting steps are named by the step catalog, in English for now.
  if (lang !== undefined) throw new UsageError('--lang chooses the language of a template: use it with --template', 'new');
  const allowedKinds = kindsForProfile(profile);
  if (kind !== undefined && !(allowedKinds as readonly string[]).includes(kind)) {
    throw new UsageError(`the ${profile} profile does not allow --kind ${quoted(kind)}; choose one of: ${allowedKinds.join(', ')}`, 'new');
  }
  if (name === undefined) throw new UsageError('new needs --name', 'new');
  return createFlow({ profile, name, ...(kind === undefined ? {} : { kind: kind as FlowKind }) });
}

function templateFlow(id: string, profile: string | undefined, kind: string | undefined, lang: string | undefined, name: string | undefined): Flow {
  if (profile !== undefined || kind !== undefined) throw new UsageError('--template brings its own profile and kind: leave out --profile and --kind', 'new');
  const locale = lang === undefined ? 'en' : languageOf(lang);
  const template = templateIn(id, locale);
  if (!template) {
    throw new UsageError(`no built-in template is called ${quoted(id)}; choose one of: ${BUILTIN_TEMPLATES.map((known) => known.id).join(', ')}`, 'new');
  }
  const flow = flowSchema.parse(JSON.parse(template.text));
  return copyOfFlow(flow, name ?? flow.name);
}

function languageOf(tag: string): Locale {
  const locale = matchLocale(tag);
  if (!locale) throw new UsageError(`no language matches --lang ${quoted(tag)}; choose one of: ${LOCALES.join(', ')}`, 'new');
  return locale;
}

export const newCommand: CommandDefinition = { run: runNewCommand, options: NEW_OPTIONS, exitStatus: NEW_EXIT_STATUS };
