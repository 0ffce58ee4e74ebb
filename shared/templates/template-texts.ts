import { findStepType } from '../catalog/registry';
import { walkConfigFields } from '../catalog/schema-walk';
import { schemaDef, unwrapSchema } from '../catalog/schema-def';
import type { FieldVisit } from '../catalog/schema-walk';
import type { JsonPath } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import { valuesAt } from '../format/json-paths';

/**
 * What a person reads in a template, in one language: the flow's name and description, and for
 * each step (by step id) its name and the texts of its config (by config path, `options[0]`,
 * `prompt.text`, `conditions[1].name`). Ids, references, variable names and other values a
 * machine reads are not texts: they stay as the template has them in every language.
 */
export interface TemplateTexts {
  name: string;
  description: string;
  steps: Readonly<Record<string, StepTexts>>;
}

/** A step's name and, when it has any, the texts of its config by config path. */
export interface StepTexts {
  name: string;
  config?: Readonly<Record<string, string>>;
}

/** Widgets whose value is text a person writes for people to read. */
const TEXT_WIDGETS: ReadonlySet<string> = new Set(['text', 'textarea', 'template']);

/**
 * Text fields whose value a machine reads, by the field's own key: a variable's name, the field a
 * branch compares, an option's id, a time zone, a phone number. Translating them would break the
 * flow, so they stay as they are in every language.
 */
const MACHINE_READ_KEYS: ReadonlySet<string> = new Set(['id', 'variable', 'responseVariable', 'field', 'timezone', 'phoneNumber']);

/**
 * Text fields of a step type that something other than a person reads: an HTTP request's body is
 * a payload; a value written to a custom field is that field's data, matched against the options
 * the flow declares for it (entity declarations travel as they are, in no language).
 */
const MACHINE_READ_FIELDS: Readonly<Record<string, readonly string[]>> = {
  httpRequest: ['body'],
  updateContactField: ['value'],
  setCustomField: ['value'],
  updateCustomField: ['value'],
};

/** Whether a field the catalog declares holds text for people (a message, a question, a choice), not a technical value. */
function isTextField(type: string, field: FieldVisit): boolean {
  const key = field.path[field.path.length - 1]!;
  if (MACHINE_READ_KEYS.has(key) || field.list?.widget === 'keyValue') return false;
  if (MACHINE_READ_FIELDS[type]?.includes(field.path.join('.'))) return false;
  if (TEXT_WIDGETS.has(field.meta.widget)) return true;
  // A list of plain strings (a question's choices); a list of fixed values (recipients) is not text.
  if (field.meta.widget !== 'list') return false;
  const list = schemaDef(unwrapSchema(field.schema).inner);
  return list.type === 'array' && list.element !== undefined && schemaDef(unwrapSchema(list.element).inner).type === 'string';
}

/** `['conditions', 1, 'name']` as `conditions[1].name`, the key a translation table uses. */
export function configPathText(path: JsonPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** Every non-empty text of a step's config, with its concrete path, in the order the catalog declares the fields. */
export function stepConfigTexts(flow: Flow, node: Flow['nodes'][number]): [text: string, path: JsonPath][] {
  const stepType = findStepType(flow.profile, node.type);
  if (!stepType) return [];
  const found: [string, JsonPath][] = [];
  walkConfigFields(stepType.config, (field) => {
    if (!isTextField(node.type, field)) return;
    const pattern = field.meta.widget === 'list' ? [...field.path, '[]'] : field.path;
    for (const [value, path] of valuesAt(node.config, pattern)) {
      if (typeof value === 'string' && value.trim() !== '') found.push([value, path]);
    }
    return true;
  });
  return found;
}

/** The texts a person reads in a flow, as a translation table holds them. */
export function textsOfFlow(flow: Flow): TemplateTexts {
  const steps: Record<string, StepTexts> = {};
  for (const node of flow.nodes) {
    const texts = stepConfigTexts(flow, node);
    steps[node.id] = texts.length === 0 ? { name: node.name } : { name: node.name, config: Object.fromEntries(texts.map(([text, path]) => [configPathText(path), text])) };
  }
  return { name: flow.name, description: flow.description, steps };
}

/**
 * The flow with its texts taken from `texts`: the same ids, types, positions, connections and
 * technical values, names and messages in another language. A text the table lacks stays as the
 * flow has it, so a table behind its flow shows English rather than nothing.
 */
export function withTexts(flow: Flow, texts: TemplateTexts): Flow {
  const nodes = flow.nodes.map((node) => {
    const step = texts.steps[node.id];
    if (!step) return node;
    // Configs are JSON (the flow schema says so), so a JSON round trip is a deep copy.
    const config = JSON.parse(JSON.stringify(node.config)) as typeof node.config;
    for (const [, path] of stepConfigTexts(flow, node)) {
      const text = step.config?.[configPathText(path)];
      if (text !== undefined) setAt(config, path, text);
    }
    return { ...node, name: step.name, config };
  });
  return { ...flow, name: texts.name, description: texts.description, nodes };
}

function setAt(root: unknown, path: JsonPath, value: string): void {
  let current = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
  current[path[path.length - 1]!] = value;
}
