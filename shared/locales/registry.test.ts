import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './all';
import { LOCALES, matchLocale } from './locales';

const here = import.meta.dirname;
const folders = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory());

/** The modules a source file imports, relative to its folder. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
}

describe('the registry of languages', () => {
  it('lists every language folder once, so adding a language is its folder and its line in all.ts', () => {
    expect([...LOCALES].sort()).toEqual([...folders].sort());
    expect(LOCALES[0]).toBe('en');
    for (const locale of LOCALES) expect(matchLocale(locale)).toBe(locale);
  });

  it('names each language in that language, for the Language menu', () => {
    expect(LANGUAGES['pt-BR'].name).toBe('Português (Brasil)');
    expect(LANGUAGES.es.name).toBe('Español');
    expect(LANGUAGES.en.native.file).toBe('File');
  });

  it('keeps every language’s UI strings out of the registry, so the editor loads only the language on screen', () => {
    // What the registry pulls in is bundled with the editor: a folder's index, its native menus, its actions'
    // names and the catalog's texts (which the catalog holds in every language anyway), never ui.ts or templates.ts.
    const parts = ['native', 'actions', 'catalog'];
    const allowed = new Set(['../language', '../translation', './en', './es', './pt-BR', ...parts.flatMap((part) => [`./${part}`, `../en/${part}`])]);
    const graph = [join(here, 'all.ts'), ...folders.flatMap((folder) => [join(here, folder, 'index.ts'), ...parts.map((part) => join(here, folder, `${part}.ts`))])];
    for (const file of graph) for (const source of importsOf(file)) expect(allowed.has(source) || folders.some((folder) => source === `./${folder}`), `${file}: ${source}`).toBe(true);
  });
});
