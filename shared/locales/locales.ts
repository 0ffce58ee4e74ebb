import { LANGUAGES } from './all';

/** A language the product speaks: the tag of its folder beside this file. */
export type Locale = keyof typeof LANGUAGES;

/**
 * The languages the product speaks, from the registry (all.ts). English is the source every
 * other language translates and the fallback for any string one lacks.
 */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];

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
