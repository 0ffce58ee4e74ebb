import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { catalogEn } from '../locales/en/catalog';
import { catalogEs } from '../locales/es/catalog';
import { LOCALES } from '../locales/locales';
import { catalogPtBR } from '../locales/pt-BR/catalog';
import { catalogTexts, inLocale } from './catalog-texts';
import { labelsSchema } from './labels-schema';
import { ALL_CATALOGS } from './registry';

type Tree = { readonly [key: string]: string | Tree };

const TRANSLATIONS: Record<string, Tree> = { 'pt-BR': catalogPtBR, es: catalogEs };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

/** Every `text('…')` key each source file asks of its `catalogTexts(profile, group)`, as full paths. */
function keysTheCatalogAsksFor(): Set<string> {
  const root = new URL('../', import.meta.url);
  const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /^(catalog|pack)\/.*\.ts$/.test(name.replaceAll('\\', '/')) && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(new URL(name, root), 'utf8'));
  const asked = new Set<string>();
  for (const source of sources) {
    const group = /catalogTexts\('([\w-]+)', '(\w+)'\)/.exec(source);
    if (!group) continue;
    for (const [, key] of source.matchAll(/\btext\('([\w.]+)'\)/g)) asked.add(`${group[1]}.${group[2]}.${key}`);
  }
  return asked;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('catalog texts', () => {
  const english = leaves(catalogEn);

  it.each(Object.keys(TRANSLATIONS))('exist in %s for every English key, and no other key', (locale) => {
    const translated = leaves(TRANSLATIONS[locale]!);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of translated) expect(text.trim(), `${locale} ${key}`).not.toBe('');
  });

  // Only summaries are filled; other texts may show `{{variable}}` syntax to the author as it is.
  it('keep the placeholders of the English summary in every language', () => {
    for (const [locale, tree] of Object.entries(TRANSLATIONS)) {
      for (const [key, text] of leaves(tree)) if (key.includes('.summary.')) expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key)!));
    }
  });

  it('are each asked for by the catalog, and the catalog asks for none that is missing', () => {
    const asked = keysTheCatalogAsksFor();
    expect([...asked].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !asked.has(key))).toEqual([]);
  });

  it('give every step type a label and a description in every language', () => {
    for (const catalog of ALL_CATALOGS) {
      for (const locale of LOCALES) {
        expect(catalog.labels[locale], `${catalog.profile} ${locale}`).not.toBe('');
        for (const step of catalog.types) {
          expect(step.labels[locale], `${step.type} ${locale}`).not.toBe('');
          expect(step.description[locale], `${step.type} ${locale}`).not.toBe('');
        }
      }
    }
  });

  it('build one text per language from the language files', () => {
    const text = catalogTexts('conversations', 'askQuestion');
    expect(text('label')).toEqual({ en: 'Ask a question', 'pt-BR': 'Fazer uma pergunta', es: 'Hacer una pregunta' });
  });
});

describe('catalog texts of a language the editor has not loaded', () => {
  // The editor loads a language's catalog texts only when that language is on screen; the step
  // types were built before, and read them from then on.
  it('read as English until that language is registered, then in it, for every reader of labels', async () => {
    vi.resetModules();
    const { catalogTexts: fresh } = await import('./catalog-texts');
    const { registerCatalogTexts } = await import('../locales/catalog-registry');
    const label = fresh('conversations', 'askQuestion')('label');
    expect(label).toEqual({ en: 'Ask a question', 'pt-BR': 'Ask a question', es: 'Ask a question' });

    registerCatalogTexts('es', catalogEs);

    const inEveryLanguage = { en: 'Ask a question', 'pt-BR': 'Ask a question', es: 'Hacer una pregunta' };
    expect(label.es).toBe('Hacer una pregunta');
    expect(JSON.parse(JSON.stringify(label))).toEqual(inEveryLanguage);
    expect({ ...label }).toEqual(inEveryLanguage);
    expect(Object.fromEntries(Object.entries(label))).toEqual(inEveryLanguage);
    expect(Object.keys(label)).toEqual(LOCALES);
    expect(labelsSchema.parse(label)).toEqual(inEveryLanguage);
  });
});

describe('inLocale', () => {
  const labels = { en: '{{count}} branches + else', 'pt-BR': '{{count}} ramos + senão', es: '{{count}} ramas + si no' };

  it('fills the placeholders in the chosen language, English when none is given', () => {
    expect(inLocale(labels, 'es', { count: 3 })).toBe('3 ramas + si no');
    expect(inLocale(labels, undefined, { count: 2 })).toBe('2 branches + else');
  });

  it('leaves a placeholder it has no value for as it is', () => {
    expect(inLocale(labels, 'en')).toBe('{{count}} branches + else');
  });
});
