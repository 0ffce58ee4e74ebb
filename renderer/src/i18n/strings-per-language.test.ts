import { describe, expect, it } from 'vitest';

// Every module of translated strings: each language's folder of shared/locales.
const stringModules = import.meta.glob<Record<string, unknown>>(['../../../shared/locales/*/*.ts', '!../../../shared/locales/**/*.test.ts'], { eager: true });

const LANGUAGE_SUFFIXES = ['En', 'Es', 'PtBR'] as const;

describe('translated strings', () => {
  it('keeps each language in modules of its own, so English loads without the other languages', () => {
    // i18n.ts bundles English with the app and loads the others only when used: a module
    // holding two languages would carry the second one into the English bundle.
    expect(Object.keys(stringModules).length).toBeGreaterThan(6);
    for (const [file, module] of Object.entries(stringModules)) {
      const languages = new Set(Object.keys(module).filter((name) => name !== 'default').map((name) => LANGUAGE_SUFFIXES.find((suffix) => name.endsWith(suffix)) ?? name));
      expect([...languages], file).toHaveLength(1);
    }
  });
});
