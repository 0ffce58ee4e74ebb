import { z } from 'zod';

import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';

export { LOCALES };
export type { Locale };
export type Labels = Readonly<Record<Locale, string>>;
/** Labels as they cross a boundary (a host call's answer): a text in every language. */
export const labelsSchema = z.record(z.enum(LOCALES), z.string());

/** User-written text (a branch name, a menu option) shown as-is in every language. */
export function verbatim(text: string): Labels {
  return Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, string>;
}
