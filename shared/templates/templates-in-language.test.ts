import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkRefs } from '../format/entity-ref';
import { flowSchema } from '../format/flow-schema';
import type { Flow } from '../format/flow-schema';
import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';
import { loadFlow } from '../validation/load-flow';
import { summariseFlows, validateFlowSet } from '../validation/validate-set';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { textsOfFlow, withTexts } from './template-texts';
import type { TemplateTexts } from './template-texts';
import { renderEnglishTemplateTexts } from './template-texts-source';
import { builtinTemplatesIn, templateIn } from './templates-in-language';

const TRANSLATED: readonly Exclude<Locale, 'en'>[] = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');
const flowOf = (text: string): Flow => flowSchema.parse(JSON.parse(text));
const english = BUILTIN_TEMPLATES.map((template) => ({ id: template.id, flow: flowOf(template.text) }));
const cases = TRANSLATED.flatMap((locale) => english.map(({ id, flow }) => [locale, id, flow, flowOf(templateIn(id, locale)!.text)] as const));

/** Every text of a table as `key → text`, one flat list (the flow's, then each step's). */
function flatTexts(texts: TemplateTexts): Map<string, string> {
  const flat = new Map([
    ['name', texts.name],
    ['description', texts.description],
  ]);
  for (const [stepId, step] of Object.entries(texts.steps)) {
    flat.set(`${stepId} name`, step.name);
    for (const [path, text] of Object.entries(step.config ?? {})) flat.set(`${stepId} ${path}`, text);
  }
  return flat;
}

/** What a translation must carry over untouched: `{{placeholders}}`, HTML tags and discount codes. */
const untranslatable = (text: string) => [...text.matchAll(/\{\{[^}]*\}\}|<[^>]+>|\b[A-Z]{4,}[0-9]*\b/g)].map((match) => match[0]).sort();

/** Flow references lose their names: a call to another template's flow names it in the flow's language. */
function withoutCalledFlowNames(flow: Flow): Flow {
  const copy = JSON.parse(JSON.stringify(flow)) as Flow;
  walkRefs(copy.nodes, (ref) => {
    if (ref.$ref === 'flow') delete ref.name;
  });
  return copy;
}

/** Texts that read the same in a language as in English: names, a plan's name, the trade's own word. */
const SAME_AS_ENGLISH: Readonly<Record<Exclude<Locale, 'en'>, ReadonlySet<string>>> = {
  'pt-BR': new Set(['VIP', 'Premium', 'Onboarding']),
  es: new Set(['VIP', 'Premium']),
};

describe('built-in templates in every language', () => {
  it('read their English texts from the flow files: shared/locales/en/templates.ts is generated from them (npx tsx scripts/template-texts-en.ts)', () => {
    const file = readFileSync(new URL('../locales/en/templates.ts', import.meta.url), 'utf8');
    expect(file).toBe(renderEnglishTemplateTexts(BUILTIN_TEMPLATES));
  });

  it.each(cases)('%s "%s" translates every text a person reads, and nothing else', (locale, _id, source, translated) => {
    const before = flatTexts(textsOfFlow(source));
    const after = flatTexts(textsOfFlow(translated));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [key, text] of before) {
      const translation = after.get(key)!;
      expect(translation.trim(), key).not.toBe('');
      if (!SAME_AS_ENGLISH[locale].has(text)) expect(translation, `${key} is still English`).not.toBe(text);
      expect(untranslatable(translation), `${key} keeps its placeholders, tags and codes`).toEqual(untranslatable(text));
    }
  });

  it.each(cases)('%s "%s" keeps ids, types, positions, connections, references and technical values as in English', (_locale, _id, source, translated) => {
    expect(withoutCalledFlowNames(withTexts(translated, textsOfFlow(source)))).toEqual(withoutCalledFlowNames(source));
  });

  it.each(cases)('%s "%s" translates a text the same way wherever the template repeats it, so a branch still matches the choice it tests', (_locale, _id, source, translated) => {
    const before = flatTexts(textsOfFlow(source));
    const after = flatTexts(textsOfFlow(translated));
    const seen = new Map<string, string>();
    for (const [key, text] of before) {
      if (key.endsWith(' name') || key === 'description') continue;
      const earlier = seen.get(text);
      if (earlier === undefined) seen.set(text, after.get(key)!);
      else expect(after.get(key), key).toBe(earlier);
    }
  });

  it.each(TRANSLATED)('in %s each loads with no errors or warnings, with the other templates of that language as context', (locale) => {
    const flows = builtinTemplatesIn(locale).map((template) => flowOf(template.text));
    for (const flow of flows) expect(loadFlow(flow, { flows: summariseFlows(flows) }).diagnostics, flow.name).toEqual([]);
    expect(validateFlowSet(flows)).toEqual(flows.map(() => []));
  });

  it.each(TRANSLATED)('in %s the gallery describes each template as its flow does, in the same order as in English', (locale) => {
    const templates = builtinTemplatesIn(locale);
    expect(templates.map((template) => template.id)).toEqual(BUILTIN_TEMPLATES.map((template) => template.id));
    for (const template of templates) {
      const flow = flowOf(template.text);
      expect(template).toMatchObject({ name: flow.name, description: flow.description, profile: flow.profile, kind: flow.kind, source: 'builtin' });
    }
  });

  it('name the called flow in the caller’s language: the Portuguese Sales IVR calls “Fora do horário”', () => {
    const ivr = flowOf(templateIn('contact-center/sales-ivr', 'pt-BR')!.text);
    const afterHours = flowOf(templateIn('contact-center/after-hours', 'pt-BR')!.text);
    const call = ivr.nodes.find((node) => node.type === 'callReusableFlow')!;
    expect(call.config.flow).toEqual({ $ref: 'flow', id: afterHours.id, name: 'Fora do horário' });
  });

  it('give English as the flow files have it, and nothing for an id no template has', () => {
    expect(builtinTemplatesIn('en')).toBe(BUILTIN_TEMPLATES);
    expect(templateIn('journeys/abandoned-cart', 'es')!.name).toBe('Carrito abandonado');
    expect(templateIn('journeys/no-such-template', 'pt-BR')).toBeUndefined();
  });
});
