import { matchLocale } from './locales';
import type { Locale } from './locales';

/** A BCP 47 language tag as an Accept-Language header may list it (`*` and anything odd left out). */
const LANGUAGE_TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;

/**
 * The language tags of an Accept-Language header, most preferred first (`en;q=0.5,pt-BR` ->
 * `pt-BR, en`): by quality, ties in the header's order; refused ones (`q=0`) and malformed
 * parts left out.
 */
export function acceptedLanguageTags(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [rawTag = '', ...parameters] = part.split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag: rawTag.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter(({ tag, quality }) => LANGUAGE_TAG.test(tag) && Number.isFinite(quality) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The product's language for a page a browser asks for: the first tag of its Accept-Language
 * header the product speaks (by matchLocale's rules), else English.
 */
export function localeForAcceptLanguage(header: string | undefined): Locale {
  for (const tag of acceptedLanguageTags(header)) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}
