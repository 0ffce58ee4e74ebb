import { readFile, readdir, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { FLOW_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { parseJson } from '../../shared/json/parse-json';
import { writeFileAtomic } from './atomic-write';
import { errorCode, toHostError } from './host-fs-errors';
import { isFlowFileName } from './workspace-listing';
import type { BuiltinTemplates, Template } from '../../shared/templates/template';

/** The template gallery's calls. */
export type TemplateHandlers = Pick<HostHandlers, 'templates:list' | 'templates:save'>;

/** Characters no file name may hold on some system, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[/\\:*?"<>|\u0000-\u001f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The template gallery: the built-in templates in the language the editor asks for, followed by
 * the user's own, which are flow files in `<appDataDir>/templates/` (id = the file's name) and
 * stay as the user wrote them. Saving a template stores the flow under the name the user gave,
 * never replacing another template.
 */
export function createTemplateHandlers(appDataDir: string, builtinTemplates: BuiltinTemplates): TemplateHandlers {
  const folder = join(appDataDir, 'templates');

  return {
    async 'templates:list'({ locale }) {
      return { templates: [...builtinTemplates(locale ?? 'en'), ...(await readUserTemplates(folder))] };
    },

    async 'templates:save'({ name, text }) {
      const flow = { ...flowFromText(text), name };
      try {
        await mkdir(folder, { recursive: true });
        const base = safeFileName(name);
        for (let copy = 1; ; copy++) {
          const id = `${base}${copy === 1 ? '' : ` (${copy})`}${FLOW_FILE_SUFFIX}`;
          try {
            // Whole or not at all, and never over another template of the same name.
            await writeFileAtomic(join(folder, id), serializeFlow(flow), { exclusive: true });
            return { id };
          } catch (error) {
            if (errorCode(error) !== 'EEXIST') throw error;
          }
        }
      } catch (error) {
        throw toHostError(error, `cannot save the template "${name}"`);
      }
    },
  };
}

/** The flow a template's text holds, or INVALID_ARGS saying why it is not one. */
function flowFromText(text: string): Flow {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new HostError('INVALID_ARGS', `the template is not valid JSON: ${parsed.message}`);
  const loaded = loadFlow(parsed.value);
  if (!loaded.flow) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    throw new HostError('INVALID_ARGS', `the template is not a flow this version can read${first ? `: ${first.message}` : ''}`);
  }
  return loaded.flow;
}

async function readUserTemplates(folder: string): Promise<Template[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw toHostError(error, 'cannot read the templates folder');
  }
  const templates: Template[] = [];
  for (const id of names.filter(isFlowFileName).sort()) {
    const flow = await readTemplateFlow(join(folder, id));
    // A file that is not (or no longer) a readable flow is left out rather than breaking the gallery.
    if (!flow) continue;
    templates.push({ id, name: flow.name, description: flow.description, profile: flow.profile, kind: flow.kind, source: 'user', text: serializeFlow(flow) });
  }
  return templates.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

async function readTemplateFlow(file: string): Promise<Flow | undefined> {
  try {
    const parsed = parseJson(await readFile(file));
    return parsed.ok ? loadFlow(parsed.value).flow : undefined;
  } catch {
    return undefined;
  }
}

/** A file name from a template's name: unsafe characters become dashes, never empty or reserved. */
function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE_IN_NAMES, '-').trim().replace(/^\.+|\.+$/g, '').slice(0, 120).trim();
  if (cleaned === '') return 'template';
  return WINDOWS_RESERVED.test(cleaned) ? `${cleaned}-template` : cleaned;
}
