import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './all';
import { registeredCatalogTexts } from './catalog-registry';
import { LANGUAGE_NAMES, LOCALES, matchLocale } from './locales';

const here = import.meta.dirname;
const folders = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory());

/** The modules a source file imports, relative to its folder. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
}

describe('the registry of languages', () => {
  it('lists every language folder once, so adding a language is its folder and its lines in locales.ts and all.ts', () => {
    expect([...LOCALES].sort()).toEqual([...folders].sort());
    expect(Object.keys(LANGUAGES).sort()).toEqual([...folders].sort());
    expect(LOCALES[0]).toBe('en');
    for (const locale of LOCALES) expect(matchLocale(locale)).toBe(locale);
  });

  it('names each language in that language, for the Language menu', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español' });
    expect(LANGUAGES.en.native.file).toBe('File');
  });

  it('registers every language’s catalog texts when loaded, so the Node side words step types in any of them', () => {
    expect(registeredCatalogTexts('es')).toBe(LANGUAGES.es.catalog);
    expect(registeredCatalogTexts('pt-BR')).toBe(LANGUAGES['pt-BR'].catalog);
  });

  it('keeps every language’s UI strings out of the registry: they are the editor’s, which loads one language at a time', () => {
    // What the registry pulls in is what the Node side needs of every language at once: a folder's index, its
    // native menus, its actions' names and the catalog's texts, never ui.ts or templates.ts.
    const parts = ['native', 'actions', 'catalog'];
    const allowed = new Set(['../language', '../translation', './catalog-registry', './language', './locales', './en', './es', './pt-BR', ...parts.flatMap((part) => [`./${part}`, `../en/${part}`])]);
    const graph = [join(here, 'all.ts'), ...folders.flatMap((folder) => [join(here, folder, 'index.ts'), ...parts.map((part) => join(here, folder, `${part}.ts`))])];
    for (const file of graph) for (const source of importsOf(file)) expect(allowed.has(source) || folders.some((folder) => source === `./${folder}`), `${file}: ${source}`).toBe(true);
  });
});
