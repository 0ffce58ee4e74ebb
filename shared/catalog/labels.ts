import { z } from 'zod';

import { LOCALES } from '../locales/locales';
import type { Locale } from '../locales/locales';

export { LOCALES };
export type { Locale };
export type Labels = Readonly<Record<Locale, string>>;
/** Labels as they cross a boundary (a host call's answer): a text in every language. */
export const labelsSchema = z.record(z.enum(LOCALES), z.string());

/** Labels in English, Brazilian Portuguese and Spanish, in that order. */
export function t(en: string, ptBR: string, es: string): Labels {
  return { en, 'pt-BR': ptBR, es };
}

/** User-written text (a branch name, a menu option) shown as-is in every language. */
export function verbatim(text: string): Labels {
  return { en: text, 'pt-BR': text, es: text };
}

/** One of three texts, by language (English when none is given): for text built from a step's config, such as its summary. */
export function inLanguage(locale: Locale | undefined, en: string, ptBR: string, es: string): string {
  return locale === 'pt-BR' ? ptBR : locale === 'es' ? es : en;
}
