import { describe, expect, it } from 'vitest';
import type { Glossary } from './glossary';
import { LOCALES } from './locales';
import type { StringTree } from './translation';

async function glossaryOf(locale: string): Promise<Glossary> {
  return Object.values((await import(`./${locale}/glossary.ts`)) as Record<string, Glossary>)[0]!;
}

/** Every string a person reads in `locale`: the editor's, the native menus', the catalog's and the built-in templates', placeholders left out. */
async function stringsOf(locale: string): Promise<[string, string][]> {
  const ui = ((await import(`./${locale}/ui.ts`)) as { default: StringTree }).default;
  const native = Object.values((await import(`./${locale}/native.ts`)) as Record<string, StringTree>)[0]!;
  const out: [string, string][] = [];
  const walk = (tree: StringTree, path: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === 'string') out.push([`${path}.${key}`, value.replace(/\{\{[^{}]*\}\}/g, ' ')]);
      else walk(value, `${path}.${key}`);
    }
  };
  walk(ui, 'ui');
  walk(native, 'native');
  for (const part of ['catalog', 'templates']) {
    const tables = (await import(`./${locale}/${part}.ts`)) as Record<string, StringTree>;
    for (const [name, table] of Object.entries(tables)) walk(table, `${part}.${name}`);
  }
  return out;
}

/** Whole words, any case; `\b` does not know accented letters, so letters are spelled out. */
function wordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
}

describe('one glossary per language', () => {
  it('names every concept in each language', async () => {
    const concepts = Object.keys((await glossaryOf('en')).terms).sort();
    for (const locale of LOCALES) expect(Object.keys((await glossaryOf(locale)).terms).sort(), locale).toEqual(concepts);
  });

  it('uses no synonym a language’s glossary says to avoid (“etapa” where Portuguese says “passo”)', async () => {
    for (const locale of LOCALES) {
      const { avoid } = await glossaryOf(locale);
      const found: string[] = [];
      for (const [key, text] of await stringsOf(locale)) {
        for (const [word, preferred] of Object.entries(avoid)) if (wordPattern(word).test(text)) found.push(`${locale} ${key}: “${word}” (write “${preferred}”)`);
      }
      expect(found).toEqual([]);
    }
  });

  it('uses each concept’s preferred term somewhere, so the glossary stays the language’s own', async () => {
    for (const locale of LOCALES) {
      const { terms } = await glossaryOf(locale);
      const strings = (await stringsOf(locale)).map(([, text]) => text);
      for (const term of Object.values(terms)) expect(strings.some((text) => wordPattern(term).test(text)), `${locale} ${term}`).toBe(true);
    }
  });
});
