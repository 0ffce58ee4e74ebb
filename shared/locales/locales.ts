/**
 * Every language the product speaks, by the BCP 47 tag of its folder beside this file, with how
 * it names itself in the Language menu (never translated: people look for their own). English
 * first, the source and fallback. Adding a language is its folder, its line here and its line in
 * all.ts.
 *
 * @remarks
 * Only tags and names: the editor knows every language from the start without loading any of
 * their texts (it loads a language's texts when the language is on screen).
 */
export const LANGUAGE_NAMES = { en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español' } as const;

/** A language the product speaks: the tag of its folder beside this file. */
export type Locale = keyof typeof LANGUAGE_NAMES;

/**
 * The languages the product speaks. English is the source every other language translates and
 * the fallback for any string one lacks.
 */
export const LOCALES = Object.keys(LANGUAGE_NAMES) as [Locale, ...Locale[]];

/**
 * The product's language for a BCP 47 tag, or null when none fits: an exact match first, then
 * by language alone (any Portuguese gets Brazilian Portuguese, any Spanish Spanish). The UI and
 * the desktop app's native menus both match with this.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase().replace('_', '-');
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? null;
}

/** The first candidate the product speaks (user choice, system locale, browser languages), else English. */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}
