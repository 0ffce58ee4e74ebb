import { describe, expect, test } from 'vitest';
import { uiEn } from '../../../shared/locales/en/ui';
import type { StringTree } from '../../../shared/locales/translation';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocaleRequested, pseudoLocalize, pseudoTree } from './pseudo-locale';

describe('the pseudo-locale shows at a glance what is not translated or does not fit', () => {
  test('a string is accented, wrapped in markers and about a third longer', () => {
    const english = 'Export the selected flows';
    const made = pseudoLocalize(english);
    expect(made.startsWith(PSEUDO_OPEN) && made.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(made).toContain('Éẋþóŕţ ţĥé šéļéçţéð ƒļóŵš');
    expect(made.length).toBeGreaterThanOrEqual(Math.round(english.length * 1.35));
  });

  test('placeholders, nesting and tags stay as i18next reads them', () => {
    expect(pseudoLocalize('Saved “{{path}}” with $t(common.close) <0>now</0>')).toContain('“{{path}}” ŵíţĥ $t(common.close) <0>ñóŵ</0>');
  });

  test('words between angle brackets are prose, accented like the rest', () => {
    expect(pseudoLocalize('flowpack keygen --name <your name>')).toContain('<ýóúŕ ñáɱé>');
  });

  test('every key of the English strings is kept, plural suffixes included, every leaf marked', () => {
    const pseudo = pseudoTree(uiEn as unknown as StringTree);
    const keys = (tree: StringTree, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
    expect(keys(pseudo)).toEqual(keys(uiEn as unknown as StringTree));
    expect(keys(pseudo).some((key) => key.endsWith('_one'))).toBe(true);
    const leaves = (tree: StringTree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));
    expect(leaves(pseudo).filter((text) => text !== '' && !text.startsWith(PSEUDO_OPEN))).toEqual([]);
  });

  test('chosen only for testing: by local storage or ?lang=en-XA, never otherwise', () => {
    expect(pseudoLocaleRequested('en-XA', '')).toBe(true);
    expect(pseudoLocaleRequested(null, '?secret=abc&lang=en-XA')).toBe(true);
    expect(pseudoLocaleRequested('en', '?secret=abc')).toBe(false);
  });
});
