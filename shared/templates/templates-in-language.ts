import { walkRefs } from '../format/entity-ref';
import { serializeFlow } from '../format/flow-file';
import { flowSchema } from '../format/flow-schema';
import type { Flow } from '../format/flow-schema';
import { templatesEs } from '../locales/es/templates';
import type { Locale } from '../locales/locales';
import { templatesPtBR } from '../locales/pt-BR/templates';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import type { Template } from './template';
import { withTexts } from './template-texts';
import type { TemplateTexts } from './template-texts';

/** Each language's texts of the built-in templates; English is the flow files themselves. */
const TEXTS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, TemplateTexts>>>> = { 'pt-BR': templatesPtBR, es: templatesEs };

const byLocale = new Map<Locale, readonly Template[]>([['en', BUILTIN_TEMPLATES]]);

/**
 * The built-in templates in a language, in gallery order: names, descriptions, step names and
 * the messages their steps send are in that language; ids, connections, positions, references
 * and technical values are the same in every language.
 *
 * @example
 * builtinTemplatesIn('pt-BR').find((template) => template.id === 'journeys/abandoned-cart')!.name; // 'Carrinho abandonado'
 */
export function builtinTemplatesIn(locale: Locale): readonly Template[] {
  let templates = byLocale.get(locale);
  if (!templates) {
    templates = translateAll(TEXTS[locale as Exclude<Locale, 'en'>]);
    byLocale.set(locale, templates);
  }
  return templates;
}

/** One built-in template in a language, or undefined when no built-in template has that id. */
export function templateIn(id: string, locale: Locale): Template | undefined {
  return builtinTemplatesIn(locale).find((template) => template.id === id);
}

function translateAll(table: Readonly<Record<string, TemplateTexts>>): readonly Template[] {
  const flows = BUILTIN_TEMPLATES.map((template) => {
    const flow = flowSchema.parse(JSON.parse(template.text));
    const texts = table[template.id];
    return texts ? withTexts(flow, texts) : flow;
  });
  const names = new Map(flows.map((flow) => [flow.id, flow.name]));
  return Object.freeze(
    BUILTIN_TEMPLATES.map((template, index) => {
      const flow = withCalledFlowNames(flows[index]!, names);
      return Object.freeze({ ...template, name: flow.name, description: flow.description, text: serializeFlow(flow) });
    }),
  );
}

/**
 * A call to another built-in template's flow (the Sales IVR calls After-hours) shows the called
 * flow's name: in the same language as the flow it will find there.
 */
function withCalledFlowNames(flow: Flow, names: ReadonlyMap<string, string>): Flow {
  const nodes = JSON.parse(JSON.stringify(flow.nodes)) as Flow['nodes'];
  walkRefs(nodes, (ref) => {
    if (ref.$ref === 'flow' && typeof ref.id === 'string' && names.has(ref.id)) ref.name = names.get(ref.id);
  });
  return { ...flow, nodes };
}
