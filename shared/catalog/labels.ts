import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';

export { LOCALES };
export type { Locale };
export type Labels = Readonly<Record<Locale, string>>;

/** User-written text (a branch name, a menu option) shown as-is in every language. */
export function verbatim(text: string): Labels {
  return Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, string>;
}
