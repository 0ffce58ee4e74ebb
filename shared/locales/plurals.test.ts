import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import type { StringTree } from './translation';
import { placeholderNames } from '../text/placeholders';
import { MESSAGE_TEMPLATES } from '../validation/messages';

/** Each language's UI strings (app, canvas, tenants, merge) and native menus, keyed by where they live. */
async function stringsOf(locale: string): Promise<Record<string, string>> {
  const ui = ((await import(`./${locale}/ui.ts`)) as { default: StringTree }).default;
  const native = Object.values((await import(`./${locale}/native.ts`)) as Record<string, StringTree>)[0]!;
  return { ...flatten(ui, 'ui'), ...flatten(native, 'native') };
}

function flatten(tree: StringTree, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Each plural key without its category (`ui.problems.errors`), with the categories present. */
function pluralKeys(strings: Record<string, string>): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const key of Object.keys(strings)) {
    const match = PLURAL.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    keys.set(base, (keys.get(base) ?? new Set()).add(match[1]!));
  }
  return keys;
}

describe('every plural form of each language', () => {
  it('holds every plural key of English in each language with every category of that language’s plural rules', async () => {
    const english = pluralKeys(await stringsOf('en'));
    expect(english.size).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const own = pluralKeys(await stringsOf(locale));
      for (const [base] of english) expect([...(own.get(base) ?? [])].sort(), `${locale} ${base}`).toEqual([...categories].sort());
      // No plural key of its own that English does not have: it would never be looked up.
      for (const [base] of own) expect(english.has(base), `${locale} ${base}`).toBe(true);
    }
  });

  it('knows that Spanish and Portuguese have a form for large round numbers (CLDR `many`), so their counts never fall back to English', () => {
    expect(new Intl.PluralRules('es').resolvedOptions().pluralCategories).toContain('many');
    expect(new Intl.PluralRules('pt-BR').resolvedOptions().pluralCategories).toContain('many');
  });

  it('gives every English string that writes a count a plural key, so no language is left with one form for every number', async () => {
    for (const [key, text] of Object.entries(await stringsOf('en'))) {
      // A copy's number ("(copy 2)") is an ordinal, filled by copyName, not a count of things.
      if (key === 'ui.library.copyWords.counted') continue;
      if (text.includes('{{count')) expect(PLURAL.test(key), key).toBe(true);
    }
  });
});

describe('one placeholder syntax', () => {
  it('writes placeholders as {{name}} in every language and uses only those its English string has', async () => {
    // Diagnostics' English templates are the validator's (shared/validation/messages.ts).
    const english = { ...(await stringsOf('en')), ...Object.fromEntries(Object.entries(MESSAGE_TEMPLATES).map(([code, template]) => [`ui.diagnostics.${code}`, template])) };
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(await stringsOf(locale))) {
        expect(text.replace(/\{\{[^{}]+\}\}/g, ''), `${locale} ${key}`).not.toMatch(/\{\w+(,[^}]*)?\}/);
        const source = english[key] ?? english[key.replace(PLURAL, '_other')];
        expect(source, `${locale} ${key}`).toBeDefined();
        const allowed = new Set([...placeholderNames(source!), 'count']);
        for (const name of placeholderNames(text)) expect(allowed.has(name), `${locale} ${key}: {{${name}}}`).toBe(true);
      }
    }
  });
});
